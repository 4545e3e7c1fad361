import { type ImageProps, getImageProps } from "next/image";
import { preload as preloadResource } from "react-dom";

// Next.js's <Image> is a client component: every picture on a page hydrates, and the page ships its code (~6 KB
// gzipped). A shop's pictures need none of that: the optimiser's srcset and sizes are worked out here, on the server,
// and sent as a plain <img>. The same props go to a client component (the product gallery) as data.

export type PictureProps = ReturnType<typeof getImageProps>["props"];

/** The <img> attributes Next.js's image optimiser would give, and a preload hint when the picture is the page's first. */
export function pictureProps(props: ImageProps & { preload?: boolean }): PictureProps {
  const { preload, ...image } = props;
  const { props: img } = getImageProps(preload ? { ...image, loading: "eager", fetchPriority: "high" } : image);
  if (preload && img.src) {
    preloadResource(img.src, {
      as: "image",
      imageSrcSet: img.srcSet,
      imageSizes: img.sizes,
      fetchPriority: "high",
    });
  }
  return img;
}

/** A picture served by the image optimiser, rendered on the server with no client code. */
export function Picture(props: ImageProps & { preload?: boolean }) {
  const img = pictureProps(props);
  // eslint-disable-next-line @next/next/no-img-element -- the attributes are next/image's own (getImageProps)
  return <img {...img} alt={img.alt} />;
}
