"use client";

import Image from "next/image";
import { useTranslations } from "@/app/_components/translations";
import { useState } from "react";
import type { ImageRef } from "@/lib/catalog/types";

/** The product's pictures: a large one and, when there are more, thumbnails that switch it. */
export function ProductGallery({ images, name }: { images: ImageRef[]; name: string }) {
  const [index, setIndex] = useState(0);
  const t = useTranslations("product");
  const current = images[index] ?? images[0];
  if (!current) return <div className="gallery gallery-empty" aria-hidden="true" />;
  return (
    <div className="gallery">
      <div className="gallery-main">
        <Image
          key={current.url}
          src={current.url}
          alt={current.alt || name}
          width={current.width}
          height={current.height}
          sizes="(min-width: 1200px) 600px, (min-width: 860px) 50vw, 100vw"
          // The first picture is the page's largest paint: preloaded from <head> at high priority (Lighthouse saw it
          // wait 1.5 s behind the scripts at the default one). Later ones load when chosen.
          {...(index === 0 ? { preload: true, fetchPriority: "high" as const } : { loading: "eager" as const })}
        />
      </div>
      {images.length > 1 ? (
        <ul className="gallery-thumbs" aria-label={t("morePictures")}>
          {images.map((image, i) => (
            <li key={image.url}>
              <button
                type="button"
                className="gallery-thumb"
                aria-label={t("showPicture", { number: i + 1, count: images.length })}
                aria-pressed={i === index}
                onClick={() => setIndex(i)}
              >
                <Image src={image.url} alt="" width={96} height={96} sizes="96px" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
