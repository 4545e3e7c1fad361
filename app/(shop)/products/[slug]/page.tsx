import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound } from "next/navigation";
import { addToCartAction } from "@/app/(shop)/cart/actions";
import { Price } from "@/app/_components/price";
import { StockBadge } from "@/app/_components/stock-badge";
import { getProductBySlug } from "@/lib/catalog/get-product";
import { slugSchema } from "@/lib/catalog/schemas";
import type { ProductDetail } from "@/lib/catalog/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

async function load(slug: string): Promise<ProductDetail | null> {
  if (!slugSchema.safeParse(slug).success) return null;
  try {
    return await getProductBySlug(db, slug);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load((await params).slug);
  if (!product) return {};
  return { title: product.name, description: product.description.slice(0, 160) };
}

export default async function ProductPage({ params }: Props) {
  const product = await load((await params).slug);
  if (!product) notFound();
  const [mainImage, ...moreImages] = product.images;
  const prices = product.variants.map((v) => v.price.amountMinor);
  const cheapest = product.variants.find((v) => v.price.amountMinor === Math.min(...prices));
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/">Home</Link>
          </li>
          <li>
            <Link href={`/categories/${product.category.slug}`}>{product.category.name}</Link>
          </li>
          <li aria-current="page">{product.name}</li>
        </ol>
      </nav>
      <div className="product-layout">
        <div className="gallery">
          {mainImage ? (
            <Image
              src={mainImage.url}
              alt={mainImage.alt}
              width={mainImage.width}
              height={mainImage.height}
              sizes="(min-width: 860px) 600px, 100vw"
              priority
            />
          ) : null}
          <div className="gallery-thumbs">
            {moreImages.map((image) => (
              <Image key={image.url} src={image.url} alt={image.alt} width={160} height={160} sizes="160px" />
            ))}
          </div>
        </div>
        <div>
          <h1>{product.name}</h1>
          {cheapest ? <Price money={cheapest.price} from={new Set(prices).size > 1} /> : null}
          <p>{product.description}</p>
          <table className="variant-table">
            <caption className="visually-hidden">Available options</caption>
            <thead>
              <tr>
                {product.optionNames.map((name) => (
                  <th key={name} scope="col">
                    {name}
                  </th>
                ))}
                <th scope="col">SKU</th>
                <th scope="col">Price</th>
                <th scope="col">Availability</th>
                <th scope="col">
                  <span className="visually-hidden">Add to cart</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {product.variants.map((v) => (
                <tr key={v.id}>
                  {product.optionNames.map((name) => (
                    <td key={name}>{v.options[name]}</td>
                  ))}
                  <td>{v.sku}</td>
                  <td>
                    <Price money={v.price} />
                  </td>
                  <td>
                    <StockBadge state={v.stockState} />
                  </td>
                  <td>
                    <form action={addToCartAction}>
                      <input type="hidden" name="variantId" value={v.id} />
                      <input type="hidden" name="quantity" value="1" />
                      <button className="button" type="submit" disabled={v.stockState === "out_of_stock"}>
                        Add<span className="visually-hidden"> {v.sku} to cart</span>
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </>
  );
}
