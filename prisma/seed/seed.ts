import { seedDeliveryAndPayments } from "./delivery-data";
import { demoOptionText, seedOptionTranslations } from "./option-data-cs";
import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/accounts/password";
import { sealTotpSecret } from "@/lib/two-factor/totp";
import type { Role } from "@/lib/generated/prisma/client";
import { defaultLanguage } from "@/lib/i18n/languages";
import { seedCategories } from "./catalog-data";
import { type SeedText, seedCategoriesCs, seedProductsCs } from "./catalog-data-cs";
import { seedLegalTemplates } from "./legal-templates";
import { IMAGE_SIZE, imagePath } from "./generate-images";
import { hashOf, slugify } from "./slug";

export interface SeedAccounts {
  adminEmail: string;
  adminPassword: string;
  customerEmail: string;
  customerPassword: string;
  /**
   * The demo administrator's authenticator secret (base32): administrators must sign in with two-factor sign-in, so
   * the seeded one comes enrolled with this secret. Without it, the administrator sets it up at first sign-in.
   */
  adminTotpSecret?: string;
}

export interface SeedOptions {
  /** The AUTH_SECRET of the shop that will use this database (the TOTP secret is sealed under it). */
  authSecret?: string;
}

/** Every combination of option values, in order: {Size:[S,M], Colour:[Red]} → [{Size:S,Colour:Red}, {Size:M,...}]. */
function combinations(options: Record<string, string[]>): Record<string, string>[] {
  return Object.entries(options).reduce<Record<string, string>[]>(
    (acc, [name, values]) => acc.flatMap((combo) => values.map((value) => ({ ...combo, [name]: value }))),
    [{}],
  );
}

function skuFor(slug: string, values: string[]): string {
  const base = slug
    .split("-")
    .map((w) => w.slice(0, 3))
    .join("")
    .toUpperCase()
    .slice(0, 9);
  const suffix = values
    .map((v) =>
      v
        .replace(/[^A-Za-z0-9]/g, "")
        .slice(0, 3)
        .toUpperCase(),
    )
    .join("-");
  return suffix ? `${base}-${suffix}` : base;
}

/**
 * The demo catalog's texts per language. The shop's own language goes in the catalog columns (Czech when SHOP_LOCALE
 * is Czech, else English) and the other one in translation rows.
 */
function demoTexts(en: SeedText, cs: SeedText | undefined, what: string): { own: SeedText; other: [string, SeedText] } {
  if (!cs) throw new Error(`the demo catalog has no Czech text for ${what}`);
  const english = { name: en.name, description: en.description };
  return defaultLanguage === "cs" ? { own: cs, other: ["en", english] } : { own: english, other: ["cs", cs] };
}

const imageAlts = (name: string, language: string) => [
  name,
  language === "cs" ? `${name} – detail` : `${name}, detail`,
];

/** Demo stock: mostly healthy, some low, a few sold out, the same on every machine. */
function demoStock(sku: string): number {
  const h = hashOf(sku) % 20;
  if (h === 0) return 0;
  if (h < 3) return 1 + (h % 4);
  return 8 + (hashOf(`${sku}!`) % 60);
}

/** Idempotent: upserts by natural key (slug, SKU, e-mail), so it can run again without duplicating anything. */
export async function seedDemoData(
  db: Db,
  accounts: SeedAccounts,
  options: SeedOptions = {},
): Promise<{ products: number; variants: number }> {
  let products = 0;
  let variants = 0;
  const now = Date.now();
  for (const [categoryIndex, seedCategory] of seedCategories.entries()) {
    const categoryTexts = demoTexts(seedCategory, seedCategoriesCs[seedCategory.slug], seedCategory.slug);
    const category = await db.category.upsert({
      where: { slug: seedCategory.slug },
      update: {},
      create: {
        slug: seedCategory.slug,
        ...categoryTexts.own,
        position: categoryIndex,
      },
    });
    const [categoryLanguage, categoryText] = categoryTexts.other;
    // Separately from the row, so seeding a demo database made before translations existed adds them.
    await db.categoryTranslation.upsert({
      where: { categoryId_language: { categoryId: category.id, language: categoryLanguage } },
      update: {},
      create: { categoryId: category.id, language: categoryLanguage, ...categoryText },
    });
    for (const [productIndex, p] of seedCategory.products.entries()) {
      const slug = slugify(p.name);
      const texts = demoTexts(p, seedProductsCs[p.name], p.name);
      const [otherLanguage, otherText] = texts.other;
      const ownAlts = imageAlts(texts.own.name, defaultLanguage === "cs" ? "cs" : "en");
      const otherAlts = imageAlts(otherText.name, otherLanguage);
      const options = p.options ?? {};
      const optionNames = Object.keys(options);
      // Spread creation dates so "newest" sorting has something to show.
      const createdAt = new Date(now - (categoryIndex * 8 + productIndex) * 36e5 * 7);
      const product = await db.product.upsert({
        where: { slug },
        update: {},
        create: {
          slug,
          name: texts.own.name,
          description: texts.own.description,
          categoryId: category.id,
          featured: p.featured ?? false,
          vatRateBps: p.vatRateBps ?? 2100,
          // Option names and values in the shop's own language; SKUs, prices and stock follow the English ones.
          optionNames: optionNames.map((name) => demoOptionText("name", name, defaultLanguage)),
          createdAt,
          images: {
            create: [1, 2].map((n) => ({
              url: imagePath(slug, n),
              alt: ownAlts[n - 1] ?? texts.own.name,
              width: IMAGE_SIZE,
              height: IMAGE_SIZE,
              position: n - 1,
            })),
          },
        },
        include: { images: true },
      });
      await db.productTranslation.upsert({
        where: { productId_language: { productId: product.id, language: otherLanguage } },
        update: {},
        create: { productId: product.id, language: otherLanguage, ...otherText },
      });
      // The demo pictures only: pictures staff put on a demo product keep their own texts.
      for (const image of product.images) {
        const n = [1, 2].find((k) => image.url === imagePath(slug, k));
        if (n === undefined) continue;
        await db.productImageTranslation.upsert({
          where: { imageId_language: { imageId: image.id, language: otherLanguage } },
          update: {},
          create: { imageId: image.id, language: otherLanguage, alt: otherAlts[n - 1] ?? otherText.name },
        });
      }
      products++;
      for (const [position, combo] of combinations(options).entries()) {
        const values = optionNames.map((name) => combo[name] ?? "");
        const sku = skuFor(slug, values);
        const surcharge = values.reduce((sum, v) => sum + (p.surcharge?.[v] ?? 0), 0);
        await db.productVariant.upsert({
          where: { sku },
          update: {},
          create: {
            productId: product.id,
            sku,
            optionValues: Object.fromEntries(
              Object.entries(combo).map(([name, value]) => [
                demoOptionText("name", name, defaultLanguage),
                demoOptionText("value", value, defaultLanguage),
              ]),
            ),
            priceMinor: p.priceMinor + surcharge,
            currency: "EUR",
            stockOnHand: values.map((v) => p.stock?.[v]).find((n) => n !== undefined) ?? demoStock(sku),
            // 0.2–1.5 kg, so the weight bands of the demo's delivery rates come into play.
            weightGrams: 200 + (hashOf(`${sku}#`) % 14) * 100,
            position,
          },
        });
        variants++;
      }
    }
  }
  await seedOptionTranslations(db);
  await seedDeliveryAndPayments(db);
  await seedLegalTemplates(db);
  const adminId = await upsertUser(db, accounts.adminEmail, "Shop Admin", accounts.adminPassword, "ADMIN");
  if (adminId && accounts.adminTotpSecret) {
    if (!options.authSecret) throw new Error("seeding an enrolled administrator needs the shop's AUTH_SECRET");
    await db.user.update({
      where: { id: adminId },
      data: {
        twoFactorEnabledAt: new Date(),
        totpSecretEncrypted: sealTotpSecret(accounts.adminTotpSecret, adminId, options.authSecret),
      },
    });
  }
  await upsertUser(db, accounts.customerEmail, "Jana Nováková", accounts.customerPassword, "CUSTOMER");
  return { products, variants };
}

/** Creates the account unless one exists; the new account's id, or null when it was already there. */
async function upsertUser(db: Db, email: string, name: string, password: string, role: Role): Promise<string | null> {
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) return null;
  const created = await db.user.create({ data: { email, name, role, passwordHash: await hashPassword(password) } });
  return created.id;
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [products, users] = await Promise.all([db.product.count(), db.user.count()]);
  return products === 0 && users === 0;
}
