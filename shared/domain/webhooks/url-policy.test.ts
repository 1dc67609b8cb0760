import { describe, expect, it } from 'vitest';
import { classifyAddress } from './address-policy.ts';
import { checkWebhookUrl, type UrlPolicy } from './url-policy.ts';

const aws: UrlPolicy = { localHosts: [] };
const local: UrlPolicy = { localHosts: ['127.0.0.1'] };
const reasonOf = (url: string, policy = aws) => {
  const check = checkWebhookUrl(url, policy);
  return check.ok ? 'ok' : check.reason;
};

describe('classifyAddress', () => {
  it.each(['8.8.8.8', '93.184.216.34', '2001:4860:4860::8888', '[2606:4700::1111]'])('accepts the public address %s', (address) => {
    expect(classifyAddress(address)).toEqual({ ok: true });
  });

  it.each([
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['169.254.169.254', 'linkLocal'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a9fe:a9fe', 'linkLocal'],
    ['64:ff9b::a00:1', 'rfc6052'],
    ['not-an-ip', 'invalid'],
  ])('refuses %s (%s)', (address, range) => {
    expect(classifyAddress(address)).toEqual({ ok: false, range });
  });
});

describe('checkWebhookUrl', () => {
  it('accepts a public https URL and keeps it as given', () => {
    const check = checkWebhookUrl('https://hooks.example.com/shop?x=1', aws);
    expect(check.ok && check.url.href).toBe('https://hooks.example.com/shop?x=1');
  });

  it.each([
    ['https://10.0.0.1/hook', 'private_address'],
    ['http://10.0.0.1/hook', 'https_required'],
    ['https://169.254.169.254/latest/meta-data/', 'private_address'],
    ['https://[::1]/hook', 'private_address'],
    ['https://[::ffff:10.0.0.1]/hook', 'private_address'],
    ['https://[fd00::1]/hook', 'private_address'],
    ['https://2130706433/hook', 'private_address'],
    ['https://0x7f.1/hook', 'private_address'],
    ['https://017700000001/hook', 'private_address'],
    ['https://0251.0376.0251.0376/', 'private_address'],
    ['https://localhost/hook', 'local_hostname'],
    ['https://LOCALHOST./hook', 'local_hostname'],
    ['https://api.localhost/hook', 'local_hostname'],
    ['https://printer.local/hook', 'local_hostname'],
    ['https://metadata.google.internal/', 'local_hostname'],
    ['https://intranet/hook', 'local_hostname'],
    ['https://user:pass@hooks.example.com/', 'credentials_in_url'],
    ['ftp://hooks.example.com/', 'https_required'],
    ['http://hooks.example.com/', 'https_required'],
    ['not a url', 'invalid_url'],
  ])('refuses %s: %s', (url, reason) => {
    expect(reasonOf(url)).toBe(reason);
  });

  it('lets the local stack reach its own receiver over http, and only the listed host', () => {
    expect(reasonOf('http://127.0.0.1:4567/hook', local)).toBe('ok');
    expect(reasonOf('http://127.0.0.2:4567/hook', local)).toBe('https_required');
    expect(reasonOf('https://10.0.0.1/hook', local)).toBe('private_address');
    expect(reasonOf('http://127.0.0.1:4567/hook', aws)).toBe('https_required');
  });
});
