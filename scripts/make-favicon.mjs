// Builds app/favicon.ico from app/icon.svg: browsers ask for /favicon.ico on every site and admin
// page whatever the page links. An .ico holding PNG images (16, 32, 48 px), drawn by sharp.
import fs from 'node:fs'

import sharp from 'sharp'

const SIZES = [16, 32, 48]
const pngs = await Promise.all(SIZES.map((size) => sharp('app/icon.svg').resize(size, size).png().toBuffer()))
const header = Buffer.alloc(6)
header.writeUInt16LE(0, 0) // reserved
header.writeUInt16LE(1, 2) // type: icon
header.writeUInt16LE(SIZES.length, 4)
let offset = header.length + 16 * SIZES.length
const entries = SIZES.map((size, i) => {
  const entry = Buffer.alloc(16)
  entry.writeUInt8(size, 0)
  entry.writeUInt8(size, 1)
  entry.writeUInt16LE(1, 4) // colour planes
  entry.writeUInt16LE(32, 6) // bits per pixel
  entry.writeUInt32LE(pngs[i].length, 8)
  entry.writeUInt32LE(offset, 12)
  offset += pngs[i].length
  return entry
})
fs.writeFileSync('app/favicon.ico', Buffer.concat([header, ...entries, ...pngs]))
console.log(`app/favicon.ico: ${SIZES.join(', ')} px, ${offset} bytes`)
