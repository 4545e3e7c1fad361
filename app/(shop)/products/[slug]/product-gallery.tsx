"use client";

import { useTranslations } from "@/app/_components/translations";
import { useState } from "react";
import type { PictureProps } from "@/app/_components/picture";

/** One picture as the gallery shows it: large, and as a thumbnail (both worked out on the server, galleryPictures). */
export interface GalleryPicture {
  main: PictureProps;
  thumb: PictureProps;
}

/** The product's pictures: a large one and, when there are more, thumbnails that switch it. */
export function ProductGallery({ pictures }: { pictures: GalleryPicture[] }) {
  const [index, setIndex] = useState(0);
  const t = useTranslations("product");
  const current = pictures[index] ?? pictures[0];
  if (!current) return <div className="gallery gallery-empty" aria-hidden="true" />;
  return (
    <div className="gallery">
      <div className="gallery-main">
        {/* eslint-disable-next-line @next/next/no-img-element -- next/image's own attributes (getImageProps) */}
        <img key={current.main.src} {...current.main} alt={current.main.alt} />
      </div>
      {pictures.length > 1 ? (
        <ul className="gallery-thumbs" aria-label={t("morePictures")}>
          {pictures.map((picture, i) => (
            <li key={picture.main.src}>
              <button
                type="button"
                className="gallery-thumb"
                aria-label={t("showPicture", { number: i + 1, count: pictures.length })}
                aria-pressed={i === index}
                onClick={() => setIndex(i)}
              >
                {/* eslint-disable-next-line @next/next/no-img-element -- as above */}
                <img {...picture.thumb} alt="" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
