// The demo catalog: a small independent shop selling everyday goods. Prices are in minor units (EUR cents).

export interface SeedProduct {
  name: string;
  description: string;
  priceMinor: number;
  options?: Record<string, string[]>;
  /** Price added per option value, e.g. larger sizes cost more. */
  surcharge?: Record<string, number>;
  /** Units in stock for variants with this option value, instead of the generated demo stock. */
  stock?: Record<string, number>;
  featured?: boolean;
  vatRateBps?: number;
}

export interface SeedCategory {
  slug: string;
  name: string;
  description: string;
  /** Hue of the generated product pictures for this category. */
  hue: number;
  products: SeedProduct[];
}

const apparelSizes = ["S", "M", "L", "XL"];

export const seedCategories: SeedCategory[] = [
  {
    slug: "clothing",
    name: "Clothing",
    description: "Everyday clothes in natural fibres, cut to last.",
    hue: 210,
    products: [
      {
        name: "Linen Shirt",
        description:
          "A breathable shirt in washed European linen with mother-of-pearl buttons. Relaxed fit that softens with every wash.",
        priceMinor: 5900,
        options: { Size: apparelSizes, Colour: ["White", "Sage", "Navy"] },
        featured: true,
      },
      {
        name: "Organic Cotton T-Shirt",
        description: "Heavyweight organic cotton tee with a ribbed crew neck. Pre-shrunk so it keeps its shape.",
        priceMinor: 2400,
        options: { Size: apparelSizes, Colour: ["Black", "Off-white", "Rust"] },
      },
      {
        name: "Merino Crew Sweater",
        description:
          "Fine-gauge merino wool sweater that regulates temperature and resists odour. Machine washable on wool cycle.",
        priceMinor: 8900,
        options: { Size: apparelSizes, Colour: ["Charcoal", "Oatmeal"] },
        featured: true,
      },
      {
        name: "Selvedge Denim Jeans",
        description:
          "Straight-leg jeans in 13 oz selvedge denim, woven on vintage shuttle looms. Raw, unwashed finish.",
        priceMinor: 11900,
        options: { Waist: ["30", "32", "34", "36"], Length: ["32", "34"] },
      },
      {
        name: "Chore Jacket",
        description: "A French workwear classic in sturdy cotton twill with three patch pockets. Layers over anything.",
        priceMinor: 12900,
        options: { Size: apparelSizes, Colour: ["Indigo", "Olive"] },
      },
      {
        name: "Wool Beanie",
        description: "Rib-knit beanie in soft lambswool, knitted in a small family mill. One size fits most.",
        priceMinor: 2900,
        options: { Colour: ["Mustard", "Grey", "Forest"] },
      },
      {
        name: "Flannel Overshirt",
        description: "Brushed cotton flannel overshirt with a check pattern, warm enough for autumn days.",
        priceMinor: 6900,
        options: { Size: apparelSizes },
      },
      {
        name: "Hemp Shorts",
        description: "Hard-wearing shorts in a hemp and cotton blend with an elasticated back waist.",
        priceMinor: 4900,
        options: { Size: apparelSizes, Colour: ["Sand", "Khaki"] },
      },
    ],
  },
  {
    slug: "footwear",
    name: "Footwear",
    description: "Shoes and boots made to be resoled, not replaced.",
    hue: 25,
    products: [
      {
        name: "Leather Derby Shoes",
        description: "Goodyear-welted derby shoes in full-grain calf leather. Resoleable for decades of wear.",
        priceMinor: 18900,
        options: { Size: ["40", "41", "42", "43", "44", "45"] },
        featured: true,
      },
      {
        name: "Canvas Sneakers",
        description: "Low-top sneakers in organic canvas with a natural rubber sole.",
        priceMinor: 6900,
        options: { Size: ["38", "39", "40", "41", "42", "43", "44"], Colour: ["White", "Navy"] },
      },
      {
        name: "Chelsea Boots",
        description: "Suede Chelsea boots with elastic side panels and a cushioned leather insole.",
        priceMinor: 16900,
        options: { Size: ["40", "41", "42", "43", "44"] },
      },
      {
        name: "Trail Running Shoes",
        description: "Lightweight trail shoes with a grippy lugged sole and a rock plate.",
        priceMinor: 12900,
        options: { Size: ["39", "40", "41", "42", "43", "44", "45"] },
      },
      {
        name: "Wool House Slippers",
        description: "Boiled wool slippers with a felt sole: warm, quiet and breathable.",
        priceMinor: 4500,
        options: { Size: ["36-38", "39-41", "42-44"] },
      },
      {
        name: "Merino Hiking Socks",
        description: "Cushioned merino socks for long days on your feet. Pack of two.",
        priceMinor: 2200,
        options: { Size: ["36-39", "40-43", "44-47"] },
      },
      {
        name: "Leather Sandals",
        description: "Vegetable-tanned leather sandals with an adjustable buckle strap.",
        priceMinor: 7900,
        options: { Size: ["38", "39", "40", "41", "42", "43"] },
      },
      {
        name: "Shoe Care Kit",
        description: "Horsehair brush, neutral cream and a cotton cloth in a waxed canvas pouch.",
        priceMinor: 3400,
      },
    ],
  },
  {
    slug: "kitchen",
    name: "Kitchen",
    description: "Tools for cooks who use them every day.",
    hue: 150,
    products: [
      {
        name: "Cast Iron Skillet",
        description: "Pre-seasoned cast iron pan that goes from stovetop to oven. Gets better with age.",
        priceMinor: 4900,
        options: { Diameter: ["20 cm", "26 cm", "30 cm"] },
        surcharge: { "26 cm": 1000, "30 cm": 2000 },
        // The storefront's browser tests rely on one variant that costs more and is low in stock.
        stock: { "30 cm": 3 },
        featured: true,
      },
      {
        name: "Chef's Knife",
        description: "A 20 cm chef's knife forged from Japanese VG-10 steel with a walnut handle.",
        priceMinor: 12900,
      },
      {
        name: "Olive Wood Cutting Board",
        description: "Cut from a single piece of olive wood; every board has its own grain.",
        priceMinor: 5400,
        options: { Size: ["Small", "Large"] },
        surcharge: { Large: 2000 },
      },
      {
        name: "Stoneware Mixing Bowls",
        description: "Set of three nesting bowls in speckled glazed stoneware. Dishwasher safe.",
        priceMinor: 4900,
      },
      {
        name: "Pour-Over Coffee Set",
        description: "Ceramic dripper, glass carafe and 100 filters for a clean, bright cup.",
        priceMinor: 4200,
      },
      {
        name: "Linen Tea Towels",
        description: "Two stonewashed linen tea towels that dry glasses without lint.",
        priceMinor: 2400,
        options: { Colour: ["Natural", "Striped"] },
      },
      {
        name: "Enamel Dutch Oven",
        description: "A 4.7 litre enamelled cast iron pot for braises, bread and soups.",
        priceMinor: 14900,
        options: { Colour: ["Cream", "Cherry", "Slate"] },
      },
      {
        name: "Spice Grinder",
        description: "Manual grinder with a ceramic burr and adjustable coarseness.",
        priceMinor: 2900,
      },
    ],
  },
  {
    slug: "home",
    name: "Home",
    description: "Textiles, lighting and small things that make a room.",
    hue: 45,
    products: [
      {
        name: "Wool Throw Blanket",
        description: "A heavy herringbone throw woven from undyed wool. Generously sized.",
        priceMinor: 9900,
        options: { Colour: ["Natural", "Charcoal"] },
        featured: true,
      },
      {
        name: "Linen Bedding Set",
        description: "Duvet cover and two pillowcases in stonewashed French linen.",
        priceMinor: 17900,
        options: { Size: ["Single", "Double", "King"] },
        surcharge: { Double: 3000, King: 6000 },
      },
      {
        name: "Ceramic Table Lamp",
        description: "Hand-thrown ceramic base with a linen shade and a warm LED bulb.",
        priceMinor: 11900,
      },
      {
        name: "Soy Wax Candle",
        description: "Hand-poured soy candle with cedar and smoke notes; about 50 hours of burn.",
        priceMinor: 2600,
        options: { Scent: ["Cedar", "Fig", "Sea Salt"] },
      },
      {
        name: "Woven Storage Basket",
        description: "Seagrass basket with leather handles for blankets, toys or laundry.",
        priceMinor: 3900,
        options: { Size: ["Medium", "Large"] },
        surcharge: { Large: 1000 },
      },
      {
        name: "Cotton Cushion Cover",
        description: "Block-printed cotton cushion cover, 50 × 50 cm, with a hidden zip.",
        priceMinor: 2900,
        options: { Pattern: ["Indigo Dot", "Terracotta Leaf"] },
      },
      {
        name: "Glass Carafe",
        description: "Mouth-blown glass carafe with a tumbler that doubles as a lid.",
        priceMinor: 3200,
      },
      {
        name: "Wall Clock",
        description: "Silent-sweep wall clock with an oak frame and a clean white dial.",
        priceMinor: 5900,
      },
    ],
  },
  {
    slug: "stationery",
    name: "Stationery",
    description: "Paper goods and pens for writing by hand.",
    hue: 330,
    products: [
      {
        name: "Dot Grid Notebook",
        description: "A5 notebook with 160 pages of fountain-pen-friendly 100 g paper and a lay-flat binding.",
        priceMinor: 1900,
        options: { Cover: ["Black", "Ochre", "Teal"] },
        featured: true,
      },
      {
        name: "Fountain Pen",
        description: "Brass fountain pen with a steel nib and a converter for bottled ink.",
        priceMinor: 6900,
        options: { Nib: ["Fine", "Medium", "Broad"] },
      },
      {
        name: "Bottled Ink",
        description: "50 ml of water-resistant ink in deep, well-behaved colours.",
        priceMinor: 1400,
        options: { Colour: ["Blue-Black", "Sepia", "Forest"] },
      },
      {
        name: "Weekly Planner",
        description: "Undated weekly planner with a linen cover and two ribbon markers.",
        priceMinor: 2400,
      },
      {
        name: "Pencil Set",
        description: "Twelve cedar pencils from 4H to 8B with a brass sharpener.",
        priceMinor: 1600,
      },
      {
        name: "Leather Desk Pad",
        description: "Vegetable-tanned leather desk pad, 60 × 35 cm, that ages beautifully.",
        priceMinor: 7900,
      },
      {
        name: "Letterpress Cards",
        description: "Set of eight letterpress greeting cards with recycled envelopes.",
        priceMinor: 1800,
      },
      {
        name: "Brass Ruler",
        description: "Solid brass 30 cm ruler with metric engravings. Heavy enough to hold paper flat.",
        priceMinor: 2200,
      },
    ],
  },
  {
    slug: "outdoor",
    name: "Outdoor",
    description: "Gear for walks, campsites and long weekends.",
    hue: 95,
    products: [
      {
        name: "Waxed Canvas Backpack",
        description: "A 22 litre backpack in waxed cotton canvas with leather straps and a laptop sleeve.",
        priceMinor: 13900,
        options: { Colour: ["Olive", "Tan"] },
        featured: true,
      },
      {
        name: "Insulated Water Bottle",
        description: "Double-walled steel bottle that keeps drinks cold for 24 hours.",
        priceMinor: 2900,
        options: { Capacity: ["500 ml", "750 ml", "1 l"] },
        surcharge: { "750 ml": 400, "1 l": 800 },
      },
      {
        name: "Camping Hammock",
        description: "Parachute-nylon hammock with tree straps; packs to the size of a grapefruit.",
        priceMinor: 5900,
      },
      {
        name: "Enamel Camp Mug",
        description: "Classic enamel mug for coffee by the fire. 350 ml.",
        priceMinor: 1400,
        options: { Colour: ["White", "Green", "Blue"] },
      },
      {
        name: "Down Sleeping Bag",
        description: "Responsibly sourced duck down, comfortable to 2 °C, 900 g packed.",
        priceMinor: 24900,
        options: { Length: ["Regular", "Long"] },
        surcharge: { Long: 2000 },
      },
      {
        name: "Headlamp",
        description: "USB-rechargeable headlamp with a red night mode and 350 lumens.",
        priceMinor: 3900,
      },
      {
        name: "Folding Knife",
        description: "Pocket knife with a locking stainless blade and an oak handle.",
        priceMinor: 4400,
      },
      {
        name: "Picnic Blanket",
        description: "Recycled wool blanket with a waterproof backing and a carry strap.",
        priceMinor: 6900,
      },
    ],
  },
  {
    slug: "accessories",
    name: "Accessories",
    description: "Bags, belts and the small leather goods you carry daily.",
    hue: 280,
    products: [
      {
        name: "Leather Card Holder",
        description: "Slim card holder for six cards, hand-stitched in vegetable-tanned leather.",
        priceMinor: 3900,
        options: { Colour: ["Tan", "Black", "Burgundy"] },
        featured: true,
      },
      {
        name: "Canvas Tote Bag",
        description: "Heavy cotton canvas tote with an inner pocket. Carries the weekly shop.",
        priceMinor: 2900,
        options: { Colour: ["Natural", "Navy"] },
      },
      {
        name: "Leather Belt",
        description: "A 35 mm bridle leather belt with a solid brass buckle.",
        priceMinor: 5900,
        options: { Length: ["85 cm", "95 cm", "105 cm"] },
      },
      {
        name: "Wool Scarf",
        description: "A long scarf in brushed lambswool with fringed ends.",
        priceMinor: 4900,
        options: { Colour: ["Camel", "Grey", "Bottle Green"] },
      },
      {
        name: "Sunglasses",
        description: "Acetate frames with polarised lenses and a protective case.",
        priceMinor: 8900,
        options: { Frame: ["Tortoise", "Black"] },
      },
      { name: "Key Ring", description: "Solid brass key ring with a leather fob.", priceMinor: 1500 },
      {
        name: "Weekender Bag",
        description: "A 40 litre holdall in waxed canvas, sized for cabin luggage.",
        priceMinor: 16900,
      },
      {
        name: "Umbrella",
        description: "Windproof umbrella with a wooden handle and a fibreglass frame.",
        priceMinor: 4500,
      },
    ],
  },
  {
    slug: "pantry",
    name: "Pantry",
    description: "Coffee, tea and treats from small producers.",
    hue: 0,
    products: [
      {
        name: "Single-Origin Coffee Beans",
        description: "Washed Ethiopian beans, roasted light for notes of bergamot and apricot. 250 g.",
        priceMinor: 1400,
        options: { Grind: ["Whole bean", "Filter", "Espresso"] },
        vatRateBps: 1200,
        featured: true,
      },
      {
        name: "Loose Leaf Green Tea",
        description: "Spring-harvest sencha with a sweet, grassy finish. 100 g tin.",
        priceMinor: 1200,
        vatRateBps: 1200,
      },
      {
        name: "Dark Chocolate Bar",
        description: "Bean-to-bar 72 % dark chocolate from Peruvian cacao. 70 g.",
        priceMinor: 650,
        vatRateBps: 1200,
        options: { Flavour: ["Plain", "Sea Salt", "Orange"] },
      },
      {
        name: "Wildflower Honey",
        description: "Raw, unfiltered honey from a beekeeper in the hills. 400 g jar.",
        priceMinor: 1100,
        vatRateBps: 1200,
      },
      {
        name: "Extra Virgin Olive Oil",
        description: "Early-harvest olive oil, peppery and green. 500 ml tin.",
        priceMinor: 1900,
        vatRateBps: 1200,
      },
      {
        name: "Herbal Tea Sampler",
        description: "Five caffeine-free blends in compostable pyramid bags.",
        priceMinor: 1500,
        vatRateBps: 1200,
      },
      {
        name: "Sourdough Crackers",
        description: "Crisp rye crackers baked with leftover sourdough starter. 150 g.",
        priceMinor: 550,
        vatRateBps: 1200,
      },
      {
        name: "Gift Box",
        description: "Coffee, chocolate and honey in a reusable wooden crate.",
        priceMinor: 3900,
        vatRateBps: 1200,
      },
    ],
  },
];
