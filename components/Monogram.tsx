/** The owner's initials or photo on the accent colour: the app icons, drawn by next/og. */
export function Monogram({ initials, photo, size }: { initials: string; photo: string | null; size: number }) {
  return (
    <div
      style={{
        width: size,
        height: size,
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: '#1d4ed8',
        color: '#ffffff',
        fontFamily: 'Noto Sans',
        fontWeight: 700,
        fontSize: Math.round(size * (initials.length > 1 ? 0.44 : 0.56)),
        letterSpacing: '-0.02em',
      }}
    >
      {photo === null ? initials : (
        // eslint-disable-next-line @next/next/no-img-element -- drawn into a PNG by next/og at build time
        <img src={photo} alt="" width={size} height={size} style={{ objectFit: 'cover' }} />
      )}
    </div>
  );
}
