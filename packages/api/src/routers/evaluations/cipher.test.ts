import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createKeyring, openRaw, randomKeyring, sealRaw, sealedKeyId } from './cipher.ts';

describe('raw data sealing', () => {
  test('a sealed note opens with its key and shows nothing of the text', () => {
    const keyring = randomKeyring();
    const sealed = sealRaw(keyring, 'Kari (34) sa at hun ble møtt med respekt.');
    expect(sealed).not.toContain('Kari');
    expect(sealed).not.toContain('respekt');
    expect(openRaw(keyring, sealed)).toBe('Kari (34) sa at hun ble møtt med respekt.');
  });

  test('the same text sealed twice differs (a fresh IV each time)', () => {
    const keyring = randomKeyring();
    expect(sealRaw(keyring, 'lik tekst')).not.toBe(sealRaw(keyring, 'lik tekst'));
  });

  test('another key cannot open it, and a changed byte is detected', () => {
    const sealed = sealRaw(randomKeyring(), 'hemmelig');
    expect(() => openRaw(randomKeyring(), sealed)).toThrow(/No evaluation data key/);
    const keyring = randomKeyring();
    const good = sealRaw(keyring, 'hemmelig');
    const parts = good.split('.');
    parts[4] = Buffer.from('x' + Buffer.from(parts[4]!, 'base64url').toString('latin1').slice(1), 'latin1').toString(
      'base64url',
    );
    expect(() => openRaw(keyring, parts.join('.'))).toThrow();
  });

  test('after a rotation old values open with the previous key, new ones are sealed with the new', () => {
    const oldKey = randomBytes(32);
    const before = sealRaw(createKeyring(oldKey), 'fra før');
    const rotated = createKeyring(randomBytes(32), [oldKey]);
    expect(openRaw(rotated, before)).toBe('fra før');
    expect(sealedKeyId(sealRaw(rotated, 'ny'))).toBe(rotated.current.id);
    expect(sealedKeyId(before)).not.toBe(rotated.current.id);
  });

  test('a key of the wrong length is refused', () => {
    expect(() => createKeyring(randomBytes(16))).toThrow(/32 bytes/);
  });
});
