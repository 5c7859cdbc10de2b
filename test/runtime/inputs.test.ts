/** Typed input helpers: valid values, unset values, and errors that name the input and what it accepts. */
import { afterEach, describe, expect, it } from '@jest/globals';

import { ConfigurationError } from '../../src/runtime/errors.js';
import { Inputs, actionsInputSource, envInputSource, recordInputSource } from '../../src/runtime/inputs.js';

const inputs = (values: Record<string, string | undefined>): Inputs => new Inputs(recordInputSource(values));

/** The ConfigurationError `fn` throws. */
function configError(fn: () => unknown): ConfigurationError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigurationError);
    return err as ConfigurationError;
  }
  throw new Error('expected a ConfigurationError');
}

describe('input sources', () => {
  afterEach(() => {
    delete process.env['INPUT_MY_INPUT'];
    delete process.env['INPUT_TIMEOUT-MINUTES'];
  });

  it('reads INPUT_* like @actions/core: spaces become _, upper-cased, hyphens kept', () => {
    process.env['INPUT_MY_INPUT'] = 'spaced';
    process.env['INPUT_TIMEOUT-MINUTES'] = '5';
    expect(actionsInputSource('my input')).toBe('spaced');
    expect(actionsInputSource('timeout-minutes')).toBe('5');
    expect(actionsInputSource('missing')).toBeUndefined();
  });

  it('reads an explicit environment', () => {
    expect(envInputSource({ INPUT_PROFILE: 'dragonflow' })('profile')).toBe('dragonflow');
  });

  it('reads records and maps without inheriting prototype keys', () => {
    expect(recordInputSource({ a: '1' })('a')).toBe('1');
    expect(recordInputSource({ a: '1' })('toString')).toBeUndefined();
    expect(recordInputSource(new Map([['b', '2']]))('b')).toBe('2');
  });

  it('backs Inputs with the action inputs', () => {
    process.env['INPUT_MY_INPUT'] = ' value ';
    const action = new Inputs(actionsInputSource);
    expect(action.getRequiredInput('my input')).toBe('value');
    expect(action.getOptionalInput('my input')).toBe('value');
    expect(action.getOptionalInput('absent', 'dflt')).toBe('dflt');
    expect(action.getListInput('my input')).toEqual(['value']);
    expect(action.getBooleanInput('absent', true)).toBe(true);
    expect(action.getEnumInput('absent', ['a', 'b'], 'b')).toBe('b');
    expect(action.getIntegerInput('absent', {}, 7)).toBe(7);
    expect(action.getDurationInput('absent', {}, 1000)).toBe(1000);
  });
});

describe('getRequiredInput', () => {
  it('returns the trimmed value', () => {
    expect(inputs({ profile: '  dragonflow \n' }).getRequiredInput('profile')).toBe('dragonflow');
  });

  it.each([undefined, '', '   '])('rejects %j naming the input', (value) => {
    const err = configError(() => inputs({ profile: value }).getRequiredInput('profile'));
    expect(err.message).toBe("Input 'profile' is required but was not supplied.");
    expect(err.input).toBe('profile');
  });
});

describe('getOptionalInput', () => {
  it('returns the trimmed value, the default, or undefined', () => {
    const src = inputs({ a: ' x ', empty: '  ' });
    expect(src.getOptionalInput('a')).toBe('x');
    expect(src.getOptionalInput('a', 'd')).toBe('x');
    expect(src.getOptionalInput('empty')).toBeUndefined();
    expect(src.getOptionalInput('empty', 'd')).toBe('d');
    expect(src.getOptionalInput('missing')).toBeUndefined();
  });
});

describe('getBooleanInput', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    [' true ', true],
  ])('accepts %j', (value, expected) => {
    expect(inputs({ flag: value }).getBooleanInput('flag')).toBe(expected);
  });

  it('returns the default or undefined when unset', () => {
    expect(inputs({}).getBooleanInput('flag', true)).toBe(true);
    expect(inputs({ flag: '' }).getBooleanInput('flag', false)).toBe(false);
    expect(inputs({}).getBooleanInput('flag')).toBeUndefined();
  });

  it.each(['yes', 'no', '1', '0', 'tRUE', 'on'])('rejects %j listing the accepted values', (value) => {
    const err = configError(() => inputs({ 'keep-logs': value }).getBooleanInput('keep-logs', true));
    expect(err.message).toBe(
      `Input 'keep-logs' must be a boolean: one of true, True, TRUE, false, False, FALSE (got '${value}').`,
    );
    expect(err.input).toBe('keep-logs');
  });
});

describe('getEnumInput', () => {
  const PROFILES = ['dragonflow', 'ovs', 'ovn'] as const;

  it('returns the value typed as the literal union', () => {
    const value: 'dragonflow' | 'ovs' | 'ovn' = inputs({ profile: 'ovn' }).getEnumInput('profile', PROFILES, 'ovs');
    expect(value).toBe('ovn');
  });

  it('returns the default or undefined when unset', () => {
    expect(inputs({}).getEnumInput('profile', PROFILES, 'dragonflow')).toBe('dragonflow');
    expect(inputs({}).getEnumInput('profile', PROFILES)).toBeUndefined();
  });

  it('rejects other values listing the accepted ones', () => {
    const err = configError(() => inputs({ profile: 'linuxbridge' }).getEnumInput('profile', PROFILES));
    expect(err.message).toBe("Input 'profile' must be one of: dragonflow, ovs, ovn (got 'linuxbridge').");
    expect(err.input).toBe('profile');
  });

  it('suggests the right case instead of matching loosely', () => {
    const err = configError(() => inputs({ profile: 'OVN' }).getEnumInput('profile', PROFILES));
    expect(err.message).toBe("Input 'profile' must be one of: dragonflow, ovs, ovn (got 'OVN'). Did you mean 'ovn'?");
  });
});

describe('getIntegerInput', () => {
  it.each([
    ['42', 42],
    ['+7', 7],
    ['-3', -3],
    [' 10 ', 10],
    ['007', 7],
  ])('parses %j', (value, expected) => {
    expect(inputs({ n: value }).getIntegerInput('n')).toBe(expected);
  });

  it('returns the default or undefined when unset', () => {
    expect(inputs({}).getIntegerInput('n', { min: 0 }, 5)).toBe(5);
    expect(inputs({}).getIntegerInput('n')).toBeUndefined();
  });

  it('accepts the bounds themselves', () => {
    expect(inputs({ n: '1' }).getIntegerInput('n', { min: 1, max: 3 })).toBe(1);
    expect(inputs({ n: '3' }).getIntegerInput('n', { min: 1, max: 3 })).toBe(3);
  });

  it.each([
    ['abc', {}, "Input 'retries' must be an integer (got 'abc')."],
    ['1.5', {}, "Input 'retries' must be an integer (got '1.5')."],
    ['1e3', {}, "Input 'retries' must be an integer (got '1e3')."],
    ['0x10', {}, "Input 'retries' must be an integer (got '0x10')."],
    ['99999999999999999999', {}, "Input 'retries' must be an integer (got '99999999999999999999')."],
    ['11', { min: 0, max: 10 }, "Input 'retries' must be an integer between 0 and 10 (got '11')."],
    ['-1', { min: 0 }, "Input 'retries' must be an integer of at least 0 (got '-1')."],
    ['6', { max: 5 }, "Input 'retries' must be an integer of at most 5 (got '6')."],
  ])('rejects %j %j', (value, bounds, message) => {
    const err = configError(() => inputs({ retries: value }).getIntegerInput('retries', bounds));
    expect(err.message).toBe(message);
    expect(err.input).toBe('retries');
  });
});

describe('getDurationInput', () => {
  it.each([
    ['90s', 90_000],
    ['15m', 900_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
  ])('parses %j to milliseconds', (value, ms) => {
    expect(inputs({ t: value }).getDurationInput('t')).toBe(ms);
  });

  it('reads a bare number in the given unit (seconds by default)', () => {
    expect(inputs({ t: '45' }).getDurationInput('t')).toBe(45_000);
    expect(inputs({ 'timeout-minutes': '45' }).getDurationInput('timeout-minutes', { bareUnit: 'm' })).toBe(2_700_000);
  });

  it('returns the default or undefined when unset', () => {
    expect(inputs({}).getDurationInput('t', {}, 60_000)).toBe(60_000);
    expect(inputs({}).getDurationInput('t')).toBeUndefined();
  });

  it('rejects a malformed value describing the format and the bare unit', () => {
    const err = configError(() =>
      inputs({ 'timeout-minutes': 'soon' }).getDurationInput('timeout-minutes', { bareUnit: 'm' }),
    );
    expect(err.message).toBe(
      "Input 'timeout-minutes' must be a duration such as 90s, 15m, 2h, 1h30m or 500ms (a bare number means minutes) (got 'soon').",
    );
    expect(err.input).toBe('timeout-minutes');
  });

  it('rejects values outside the bounds', () => {
    const err = configError(() => inputs({ t: '2h' }).getDurationInput('t', { min: 1000, max: 3_600_000 }));
    expect(err.message).toBe(
      "Input 't' must be a duration between 1s and 1h such as 90s, 15m, 2h, 1h30m or 500ms (a bare number means seconds) (got '2h').",
    );
  });
});

describe('getListInput', () => {
  it('splits on newlines and commas, trims, and drops empties', () => {
    expect(inputs({ l: 'a, b\n c ,,\n\n d\r\n' }).getListInput('l')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('returns [] when unset or empty', () => {
    expect(inputs({}).getListInput('l')).toEqual([]);
    expect(inputs({ l: ' , \n ' }).getListInput('l')).toEqual([]);
  });
});

describe('long values in messages', () => {
  it('are shortened', () => {
    const err = configError(() => inputs({ flag: 'x'.repeat(200) }).getBooleanInput('flag'));
    expect(err.message).toContain(`(got '${'x'.repeat(79)}…')`);
  });
});
