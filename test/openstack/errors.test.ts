import { describe, expect, it } from '@jest/globals';

import { apiMessageOf, classifyOpenStackFailure } from '../../src/openstack/errors.js';
import { fixture } from './fixtures.js';

describe('classifyOpenStackFailure', () => {
  it('connection refused (real output, keystone unreachable) is transient', () => {
    expect(classifyOpenStackFailure(fixture('connection-refused.err'))).toEqual({
      httpStatus: undefined,
      transient: true,
      notFound: false,
    });
  });

  it('a 409 (real output) is never transient', () => {
    expect(classifyOpenStackFailure(fixture('sg-rule-create-conflict.err'))).toEqual({
      httpStatus: 409,
      transient: false,
      notFound: false,
    });
  });

  it.each([
    'flavor-show-missing.err',
    'image-show-missing.err',
    'port-show-missing.err',
    'server-show-missing.err',
    'trunk-show-missing.err',
    'port-delete-missing.err',
    'trunk-unset-not-subport.err',
  ])('%s (real output) is "not found", not transient', (name) => {
    expect(classifyOpenStackFailure(fixture(name))).toMatchObject({ transient: false, notFound: true });
  });

  it.each([
    ['Error while executing command: HttpException: 503, Service Unavailable', 503],
    ['Unknown Error (HTTP 502)', 502],
    ['Error while executing command: HttpException: 500, Internal Server Error', 500],
  ])('5xx is transient: %s', (stderr, status) => {
    expect(classifyOpenStackFailure(stderr)).toEqual({ httpStatus: status, transient: true, notFound: false });
  });

  it.each([
    ['Error while executing command: BadRequestException: 400, Invalid input', 400],
    ['Quota exceeded for ports. (HTTP 403) (Request-ID: req-1)', 403],
    ['ConflictException: 409, Connection reset while trunk in use', 409],
  ])('4xx is never transient, even mentioning connections: %s', (stderr, status) => {
    expect(classifyOpenStackFailure(stderr)).toMatchObject({ httpStatus: status, transient: false });
  });

  it('a 404 from nova is not found', () => {
    expect(classifyOpenStackFailure('Instance x could not be found. (HTTP 404) (Request-ID: req-2)')).toEqual({
      httpStatus: 404,
      transient: false,
      notFound: true,
    });
  });
});

describe('apiMessageOf', () => {
  it('keeps the API message without the client lead-in or the delete summary', () => {
    expect(apiMessageOf(fixture('sg-rule-create-conflict.err'))).toBe(
      'ConflictException: 409, Security group rule already exists. Rule id is a3b41a63-8816-4054-b63f-d95a21474e47.',
    );
    expect(apiMessageOf(fixture('port-delete-missing.err'))).toBe(
      "Failed to delete port with name or ID 'fx-port0': No Port found for fx-port0",
    );
    expect(apiMessageOf(fixture('flavor-show-missing.err'))).toBe('No Flavor found for no-such-flavor');
    expect(apiMessageOf(fixture('trunk-unset-not-subport.err'))).toBe(
      'SubPort ec00d606-b114-4510-9251-fb7c7a3c4d70 on trunk 84193433-c3ff-4095-b631-43f591715c6b could not be found.',
    );
  });
});
