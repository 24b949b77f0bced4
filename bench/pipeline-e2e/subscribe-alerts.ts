/** Subscribes `hook` to every figure change (rule `any`) from the log's current end, as a user of alerts would. */
export async function subscribeToAlerts(alertsUrl: string, token: string, hook: string): Promise<void> {
  const response = await fetch(`${alertsUrl}/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ url: hook, rule: 'any' }),
  });
  if (response.status !== 201) throw new Error(`subscription refused: ${response.status} ${await response.text()}`);
}
