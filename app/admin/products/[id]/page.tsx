import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LocaleLink as Link } from "@/app/_components/locale-link";
import { adminFormat } from "@/app/admin/_lib/format";
import { staffGate } from "@/app/admin/_lib/gate";
import { formatDecimal, formatVatPercent } from "@/lib/catalog-admin/amounts";
import { getAdminProduct } from "@/lib/catalog-admin/get-admin-product";
import { listAdminCategories } from "@/lib/catalog-admin/list-admin-categories";
import { idSchema } from "@/lib/catalog-admin/schemas";
import { systemStockReason } from "@/lib/catalog-admin/stock-reasons";
import type { AdminProduct } from "@/lib/catalog-admin/types";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import {
  addVariantAction,
  adjustStockAction,
  removeImageAction,
  updateImageAltAction,
  updateProductAction,
  updateVariantAction,
} from "../actions";
import { ImageAltForm, ImageRemoveForm } from "../_components/image-forms";
import { ImageUpload } from "../_components/image-upload";
import { ProductForm } from "../_components/product-form";
import { ProductTranslations } from "../_components/product-translations";
import { StatusBadge } from "../_components/status-badge";
import { StockForm } from "../_components/stock-form";
import { VariantForm } from "../_components/variant-form";
import { localDecimal } from "../_lib/local-decimal";
import "../../catalog.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.productDetail");
  return { title: t("metaTitle"), robots: { index: false } };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string): Promise<AdminProduct> {
  if (!idSchema.safeParse(id).success) notFound();
  try {
    return await getAdminProduct(db, id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

const optionText = (values: Record<string, string>) => Object.values(values).join(" / ");

/** "staff:<userId>" → the staff member's e-mail address, for the stock history. */
async function actorNames(labels: string[]): Promise<Map<string, string>> {
  const ids = [...new Set(labels.map((label) => label.replace(/^staff:/, "")))].filter(
    (id) => idSchema.safeParse(id).success,
  );
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } });
  return new Map(users.map((user) => [`staff:${user.id}`, user.email]));
}

export default async function EditProductPage({ params, searchParams }: Props) {
  const { id } = await params;
  await staffGate(`/admin/products/${encodeURIComponent(id)}`);
  const [product, categories, query] = await Promise.all([load(id), listAdminCategories(db), searchParams]);
  const currency = env.SHOP_CURRENCY;
  const actors = await actorNames(product.stockAdjustments.map((a) => a.actor));
  const visible = product.status === "ACTIVE" && !product.category.archived && product.variants.some((v) => v.active);
  const [t, format] = await Promise.all([getTranslations("admin.productDetail"), adminFormat()]);
  const reasonText = (reason: string) => {
    const system = systemStockReason(reason);
    return system ? t(`systemReason.${system}`) : reason;
  };

  return (
    <main id="main" className="admin-page" tabIndex={-1}>
      <p>
        <Link href="/admin/products">← {t("back")}</Link>
      </p>
      <div className="page-head">
        <h1>{product.name}</h1>
        <div className="page-actions">
          <StatusBadge status={product.status} />
          {visible ? (
            <Link href={`/products/${product.slug}`}>{t("viewInShop")}</Link>
          ) : (
            <span className="muted">{t("notInShop")}</span>
          )}
        </div>
      </div>
      {query.created === "1" ? (
        <p className="notice notice-ok" role="status">
          {t("created")}
        </p>
      ) : null}

      <div className="edit-layout">
        <section className="panel" aria-labelledby="details-title">
          <h2 id="details-title">{t("details")}</h2>
          <ProductForm
            mode="edit"
            action={updateProductAction}
            currency={currency}
            categories={categories}
            product={{
              id: product.id,
              name: product.name,
              slug: product.slug,
              description: product.description,
              categoryId: product.category.id,
              status: product.status,
              featured: product.featured,
              vatRate: localDecimal(formatVatPercent(product.vatRateBps), format.locale),
              optionNames: product.optionNames,
            }}
          />
        </section>

        <section className="panel" aria-labelledby="variants-title">
          <h2 id="variants-title">{t("variantsTitle")}</h2>
          {product.variants.length === 0 ? (
            <p>{t("noVariants")}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table catalog-table">
                <caption className="visually-hidden">{t("variantsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("colSku")}</th>
                    <th scope="col">{t("colOptions")}</th>
                    <th scope="col" className="num">
                      {t("colPrice")}
                    </th>
                    <th scope="col" className="num">
                      {t("colWeight")}
                    </th>
                    <th scope="col" className="num">
                      {t("colOnHand")}
                    </th>
                    <th scope="col" className="num">
                      {t("colReserved")}
                    </th>
                    <th scope="col" className="num">
                      {t("colAvailable")}
                    </th>
                    <th scope="col">{t("colForSale")}</th>
                  </tr>
                </thead>
                <tbody>
                  {product.variants.map((variant) => (
                    <tr key={variant.id}>
                      <th scope="row">{variant.sku}</th>
                      <td>{optionText(variant.optionValues) || "—"}</td>
                      <td className="num">{format.amount(variant.price.amountMinor, variant.price.currency)}</td>
                      <td className="num">{format.count(variant.weightGrams)}</td>
                      <td className="num">{format.count(variant.stockOnHand)}</td>
                      <td className="num">{format.count(variant.stockReserved)}</td>
                      <td className="num" data-testid={`available-${variant.sku}`}>
                        {format.count(variant.available)}
                      </td>
                      <td>{variant.active ? t("yes") : <span className="badge">{t("no")}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="variant-list">
            {product.variants.map((variant, index) => (
              <details key={variant.id} className="variant-card" open={product.variants.length === 1}>
                <summary>
                  {Object.keys(variant.optionValues).length > 0
                    ? t("editVariantWithOptions", { sku: variant.sku, options: optionText(variant.optionValues) })
                    : t("editVariant", { sku: variant.sku })}
                </summary>
                <div className="variant-columns">
                  <section aria-labelledby={`variant-${index}-edit`}>
                    <h3 id={`variant-${index}-edit`}>{t("variantHeading")}</h3>
                    <VariantForm
                      mode="edit"
                      action={updateVariantAction}
                      hidden={{ id: variant.id }}
                      idPrefix={`variant-${index}`}
                      optionNames={product.optionNames}
                      currency={currency}
                      variant={{
                        sku: variant.sku,
                        price: localDecimal(
                          formatDecimal(variant.price.amountMinor, variant.price.currency),
                          format.locale,
                        ),
                        position: variant.position,
                        active: variant.active,
                        weightGrams: variant.weightGrams,
                        optionValues: variant.optionValues,
                      }}
                    />
                  </section>
                  <section aria-labelledby={`variant-${index}-stock`}>
                    <h3 id={`variant-${index}-stock`}>
                      {t("stockHeading", {
                        onHand: format.count(variant.stockOnHand),
                        reserved: format.count(variant.stockReserved),
                      })}
                    </h3>
                    <StockForm
                      action={adjustStockAction}
                      variantId={variant.id}
                      sku={variant.sku}
                      idPrefix={`stock-${index}`}
                    />
                  </section>
                </div>
              </details>
            ))}
            <details className="variant-card" open={product.variants.length === 0}>
              <summary>{t("addVariant")}</summary>
              <VariantForm
                mode="create"
                action={addVariantAction}
                hidden={{ productId: product.id }}
                idPrefix="new-variant"
                optionNames={product.optionNames}
                currency={currency}
                variant={{
                  sku: "",
                  price: "",
                  position: product.variants.length,
                  active: true,
                  weightGrams: 0,
                  optionValues: {},
                }}
              />
            </details>
          </div>
        </section>

        <section className="panel" aria-labelledby="images-title">
          <h2 id="images-title">{t("picturesTitle")}</h2>
          {product.images.length === 0 ? (
            <p>{t("noPictures")}</p>
          ) : (
            <ul className="image-grid">
              {product.images.map((image, index) => (
                <li key={image.id} className="image-card">
                  <Image src={image.url} alt={image.alt} width={image.width} height={image.height} sizes="240px" />
                  <ImageAltForm
                    action={updateImageAltAction}
                    productId={product.id}
                    imageId={image.id}
                    alt={image.alt}
                    index={index}
                  />
                  <ImageRemoveForm action={removeImageAction} productId={product.id} imageId={image.id} index={index} />
                </li>
              ))}
            </ul>
          )}
          <h3>{t("addPicture")}</h3>
          <ImageUpload
            productId={product.id}
            maxMegabytes={Math.round((env.UPLOAD_MAX_IMAGE_BYTES / 1_048_576) * 10) / 10}
          />
        </section>

        <ProductTranslations product={product} />

        <section className="panel" aria-labelledby="history-title">
          <h2 id="history-title">{t("historyTitle")}</h2>
          {product.stockAdjustments.length === 0 ? (
            <p>{t("noHistory")}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t("historyCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("colWhen")}</th>
                    <th scope="col">{t("colSku")}</th>
                    <th scope="col" className="num">
                      {t("colChange")}
                    </th>
                    <th scope="col" className="num">
                      {t("colOnHandAfter")}
                    </th>
                    <th scope="col">{t("colReason")}</th>
                    <th scope="col">{t("colBy")}</th>
                  </tr>
                </thead>
                <tbody>
                  {product.stockAdjustments.map((adjustment) => (
                    <tr key={adjustment.id}>
                      <td>
                        <time dateTime={adjustment.createdAt}>{format.when(adjustment.createdAt)}</time>
                      </td>
                      <td>{adjustment.sku}</td>
                      <td className="num">
                        {adjustment.delta > 0 ? `+${format.count(adjustment.delta)}` : format.count(adjustment.delta)}
                      </td>
                      <td className="num">{format.count(adjustment.stockAfter)}</td>
                      <td className="wrap-anywhere">{reasonText(adjustment.reason)}</td>
                      <td className="wrap-anywhere">{actors.get(adjustment.actor) ?? adjustment.actor}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </main>
  );
}
