"""Run one planner round in a process of its own, with the clock given on the command
line: `python -m tests.integration.draai_planner URL 2024-10-07T09:00:00+02:00`."""

import sys
from datetime import datetime

from api.deps import Container
from application.settings import Settings

if __name__ == "__main__":
    moment = datetime.fromisoformat(sys.argv[2])
    c = Container.bouw(Settings(database_url=sys.argv[1], scheduler="uit"), lambda: moment)
    print(c.planner.draai())
    c.planner.stop()
