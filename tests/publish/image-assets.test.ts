import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { avatarDataUrl, imageFonts } from '../../lib/publish/image-assets';
import { folderWith } from '../helpers';

describe('imageFonts', () => {
  it('bundles Noto Sans regular and bold for Latin, Cyrillic, Greek and Vietnamese, as WOFF data', () => {
    const fonts = imageFonts();
    expect(fonts).toHaveLength(12);
    expect(new Set(fonts.map((font) => `${font.name} ${font.weight} ${font.style}`))).toEqual(new Set(['Noto Sans 400 normal', 'Noto Sans 700 normal']));
    for (const font of fonts) expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOFF');
  });
});

describe('avatarDataUrl', () => {
  const PNG = Buffer.from('89504e470d0a1a0a', 'hex');
  const publicDir = folderWith({ 'images/me.png': PNG.toString('latin1'), 'images/me.JPG': 'jpeg', 'images/me.webp': 'webp' });

  it('reads a local PNG or JPEG into a data URL of its type', () => {
    expect(avatarDataUrl({ avatar: '/images/me.JPG' }, publicDir)).toBe(`data:image/jpeg;base64,${Buffer.from('jpeg').toString('base64')}`);
    expect(avatarDataUrl({ avatar: '/images/me.png' }, publicDir)).toMatch(/^data:image\/png;base64,/);
  });

  it('gives null for no avatar, a remote one, or a format the renderer cannot draw', () => {
    expect(avatarDataUrl({ avatar: null }, publicDir)).toBeNull();
    expect(avatarDataUrl({ avatar: 'https://example.org/me.png' }, publicDir)).toBeNull();
    expect(avatarDataUrl({ avatar: '/images/me.webp' }, publicDir)).toBeNull();
  });

  it('reads the file under the public folder it is given', () => {
    expect(() => avatarDataUrl({ avatar: '/images/missing.png' }, path.join(publicDir, 'nowhere'))).toThrow(/ENOENT/);
  });
});
