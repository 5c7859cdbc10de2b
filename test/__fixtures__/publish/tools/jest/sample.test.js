// Sample tests run by regenerate.sh to produce the jest-junit fixture (not part of the toolkit's own tests).
/* global describe, test, expect */
describe('pod to pod', () => {
  test('same node', () => {
    expect(1 + 1).toBe(2);
  });
  test('across nodes', () => {
    console.log('ping 10.0.0.12: 100% packet loss');
    expect({ reachable: false }).toEqual({ reachable: true });
  });
  test.skip('ipv6', () => {});
  test('throws <xml> & "quotes"', () => {
    throw new Error('kuryr-controller not ready: <timeout> & retry');
  });
});
describe('services', () => {
  test('cluster ip', () => {
    expect('ok').toBe('ok');
  });
});
