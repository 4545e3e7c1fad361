// Draws the demo catalog's product pictures locally (nothing is downloaded) and writes them to
// public/images/products. Run with `npx tsx prisma/seed/generate-images.ts`; the results are committed.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { seedCategories } from "./catalog-data";
import { hashOf, slugify } from "./slug";

export const IMAGE_SIZE = 800;
export const imagePath = (slug: string, n: number) => `/images/products/${slug}-${n}.webp`;

function picture(hue: number, seed: number, variant: number): string {
  const h2 = (hue + 20 + (seed % 40)) % 360;
  const light = 88 - (seed % 8);
  const r = 170 + (seed % 90);
  const cx = 400 + ((seed >> 3) % 120) - 60;
  const cy = 420 + ((seed >> 5) % 80) - 40;
  const tilt = (seed >> 7) % 50;
  const shapes =
    variant === 1
      ? `<ellipse cx="${cx}" cy="${cy + r * 0.9}" rx="${r * 1.05}" ry="${r * 0.18}" fill="hsl(${hue},25%,30%)" opacity="0.18"/>
         <rect x="${cx - r * 0.75}" y="${cy - r * 0.9}" width="${r * 1.5}" height="${r * 1.7}" rx="${r * 0.28}" fill="hsl(${hue},45%,46%)" transform="rotate(${tilt - 25} ${cx} ${cy})"/>
         <circle cx="${cx + r * 0.35}" cy="${cy - r * 0.35}" r="${r * 0.42}" fill="hsl(${h2},60%,62%)" opacity="0.9"/>`
      : `<circle cx="400" cy="400" r="${r * 1.2}" fill="hsl(${h2},50%,70%)" opacity="0.55"/>
         <rect x="${400 - r * 0.5}" y="${400 - r * 0.5}" width="${r}" height="${r}" rx="${r * 0.12}" fill="hsl(${hue},45%,40%)" transform="rotate(${tilt} 400 400)"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_SIZE}" height="${IMAGE_SIZE}" viewBox="0 0 800 800">
    <defs><linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue},35%,${light}%)"/><stop offset="1" stop-color="hsl(${h2},30%,${light - 10}%)"/>
    </linearGradient></defs>
    <rect width="800" height="800" fill="url(#bg)"/>${shapes}</svg>`;
}

async function main(): Promise<void> {
  const dir = path.resolve("public/images/products");
  await mkdir(dir, { recursive: true });
  let count = 0;
  for (const category of seedCategories) {
    for (const product of category.products) {
      const slug = slugify(product.name);
      for (const n of [1, 2]) {
        const svg = picture(category.hue, hashOf(slug), n);
        await sharp(Buffer.from(svg))
          .webp({ quality: 72 })
          .toFile(path.join("public", imagePath(slug, n)));
        count++;
      }
    }
  }
  console.log(`wrote ${count} images to ${path.relative(process.cwd(), dir)}`);
}

if (process.argv[1]?.endsWith("generate-images.ts")) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
