// A real OpenID provider for the single sign-on test: node provider.mjs PORT REDIRECT_URI
// The account id is what the user types at the development login page; its first part
// (before "-") becomes the toezicht_rol claim, e.g. "jurist-anna" -> "jurist".
import Provider from 'oidc-provider';

const [port, redirectUri] = process.argv.slice(2);
const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{
    client_id: 'toezicht',
    client_secret: 'test-geheim',
    redirect_uris: [redirectUri],
    response_types: ['code'],
    grant_types: ['authorization_code'],
  }],
  pkce: { required: () => true, methods: ['S256'] },
  claims: { openid: ['sub', 'name', 'toezicht_rol'] },
  async findAccount(ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, name: id, toezicht_rol: id.split('-')[0] };
      },
    };
  },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['alleen-voor-de-test'] },
});
provider.listen(Number(port), '127.0.0.1', () => console.log('klaar'));
