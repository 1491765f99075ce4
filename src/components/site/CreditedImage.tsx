import styles from './CreditedImage.module.css'
import { dictionary } from '@/site/i18n'
import type { Locale } from '@/site/locales'
import type { SiteImage } from '@/site/media'

/**
 * An image with its attribution underneath. The archive republishes pictures taken by others,
 * so the credit and the rights holder are part of the image, not an optional caption.
 */
export function CreditedImage({ image, locale }: { image: SiteImage; locale: Locale }) {
  const t = dictionary(locale)
  const attribution = [
    image.credit ? `${t.imageCredit}: ${image.credit}` : null,
    image.rightsHolder ? `${t.imageRights}: ${image.rightsHolder}` : null,
  ].filter(Boolean)
  return (
    <figure className={styles.figure}>
      {/* Plain <img>: the sizes are made at upload (sharp), so no image server is needed at request time. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img
        src={image.src}
        srcSet={image.srcSet || undefined}
        sizes={image.srcSet ? image.sizes : undefined}
        width={image.width ?? undefined}
        height={image.height ?? undefined}
        alt={image.alt}
        loading="lazy"
        decoding="async"
        style={{ objectPosition: image.objectPosition }}
      />
      {attribution.length || image.sourceUrl ? (
        <figcaption className={styles.credit} data-testid="image-credit">
          {attribution.join(' · ')}
          {image.sourceUrl ? (
            <>
              {attribution.length ? ' · ' : ''}
              <a href={image.sourceUrl} rel="noopener noreferrer nofollow">
                {t.imageSource}
              </a>
            </>
          ) : null}
        </figcaption>
      ) : null}
    </figure>
  )
}
