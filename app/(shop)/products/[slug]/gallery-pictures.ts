import { pictureProps } from "@/app/_components/picture";
import type { ImageRef } from "@/lib/catalog/types";
import type { GalleryPicture } from "./product-gallery";

/**
 * The gallery's pictures, their srcsets worked out on the server. The first is the page's largest paint: preloaded
 * from <head> at high priority (Lighthouse saw it wait 1.5 s behind the scripts at the default one); later ones load
 * when chosen.
 */
export function galleryPictures(images: readonly ImageRef[], name: string): GalleryPicture[] {
  return images.map((image, index) => ({
    main: pictureProps({
      src: image.url,
      alt: image.alt || name,
      width: image.width,
      height: image.height,
      sizes: "(min-width: 1200px) 600px, (min-width: 860px) 50vw, 100vw",
      ...(index === 0 ? { preload: true } : { loading: "eager" as const }),
    }),
    thumb: pictureProps({ src: image.url, alt: "", width: 96, height: 96, sizes: "96px" }),
  }));
}
