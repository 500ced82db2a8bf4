"""Figures in bulk: a CSV or XLSX file read into rows, checked row by row, turned into the
same commands a form sends, shown as a dry run and recorded whole or not at all."""
