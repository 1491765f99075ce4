/**
 * The copies Payload makes of every uploaded image (collections/Media), widest last. The public
 * site offers them as a srcset; one list so the upload config and the markup agree.
 */
export const IMAGE_SIZES = [
  { name: 'thumbnail', width: 400 },
  { name: 'medium', width: 800 },
  { name: 'large', width: 1600 },
] as const
