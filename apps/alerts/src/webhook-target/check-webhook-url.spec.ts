import { checkWebhookUrl, webhookUrlFormProblem } from './check-webhook-url';

// Only IP-literal hosts here: they are checked without any lookup, so these specs need no network.
describe(checkWebhookUrl.name, () => {
  it.each([
    'http://10.0.0.1/hook',
    'http://169.254.169.254/latest/meta-data/',
    'http://0x0a000001/hook',
    'http://2852039166/',
    'http://[::1]:8080/hook',
    'http://[::ffff:169.254.169.254]/',
    'https://192.168.0.10/hook',
  ])('given %s, then it is refused as loopback, private or link-local', async (url) => {
    expect(await checkWebhookUrl(url, [])).toMatch(/loopback, private or link-local/);
  });

  it('given 127.0.0.1 on the allowlist, then a webhook on 127.0.0.1 is accepted and 10.0.0.1 still refused', async () => {
    expect(await checkWebhookUrl('http://127.0.0.1:4000/hook', ['127.0.0.1'])).toBeNull();
    expect(await checkWebhookUrl('http://10.0.0.1/hook', ['127.0.0.1'])).not.toBeNull();
  });

  it('given a public address, then it is accepted', async () => {
    expect(await checkWebhookUrl('https://93.184.216.34/hook', [])).toBeNull();
  });
});

describe(webhookUrlFormProblem.name, () => {
  it.each([
    [undefined, /required/],
    ['not a url', /not a valid URL/],
    ['file:///etc/passwd', /http or https/],
    ['https://user:secret@example.com/', /credentials/],
  ])('given %j, then it names the problem', (url, problem) => {
    expect(webhookUrlFormProblem(url)).toMatch(problem);
  });

  it('given an https URL, then there is no problem', () => {
    expect(webhookUrlFormProblem('https://hooks.example.com/palimpsest')).toBeNull();
  });
});
