import sharp from 'sharp'

/** A real, tiny PNG so upload collections go through their normal processing. */
export async function pngFile(name = 'fixture.png') {
  const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export const validEdition = (year: number) => ({
  year,
  title: `Test Expo ${year}`,
  slug: `test-expo-${year}`,
  startDate: `${year}-05-01`,
  endDate: `${year}-05-03`,
  format: 'offline' as const,
  city: 'Chongqing',
})
