// The demo catalog in Czech: every category and product of catalog-data.ts, keyed by its slug and English name.
// Image alt texts are built from the names (seed.ts). Written as a Czech shop would write them, not word by word.

export interface SeedText {
  name: string;
  description: string;
}

export const seedCategoriesCs: Record<string, SeedText> = {
  clothing: { name: "Oblečení", description: "Každodenní oblečení z přírodních vláken, ušité tak, aby vydrželo." },
  footwear: { name: "Obuv", description: "Boty, které necháte podrazit, místo abyste je vyhodili." },
  kitchen: { name: "Kuchyně", description: "Nástroje pro ty, kdo vaří každý den." },
  home: { name: "Domov", description: "Textil, světla a drobnosti, které dotvoří každý pokoj." },
  stationery: { name: "Papírnictví", description: "Sešity, papír a pera pro ty, kdo rádi píšou rukou." },
  outdoor: { name: "Do přírody", description: "Vybavení na procházky, do kempu i na prodloužený víkend." },
  accessories: { name: "Doplňky", description: "Tašky, opasky a drobné kožené zboží, které nosíte každý den." },
  pantry: { name: "Spíž", description: "Káva, čaj a dobroty od malých výrobců." },
};

export const seedProductsCs: Record<string, SeedText> = {
  // Oblečení
  "Linen Shirt": {
    name: "Lněná košile",
    description:
      "Vzdušná košile z praného evropského lnu s perleťovými knoflíky. Volný střih, který je s každým praním měkčí.",
  },
  "Organic Cotton T-Shirt": {
    name: "Tričko z biobavlny",
    description: "Pevné tričko z biobavlny s žebrovaným kulatým výstřihem. Látka je předsrážená, takže drží tvar.",
  },
  "Merino Crew Sweater": {
    name: "Svetr z merino vlny",
    description:
      "Jemně pletený svetr s kulatým výstřihem z merino vlny, který reguluje teplotu a nenasákne pachy. Můžete ho prát v pračce na program pro vlnu.",
  },
  "Selvedge Denim Jeans": {
    name: "Džíny ze selvedge denimu",
    description:
      "Rovné džíny ze 13oz selvedge denimu, tkaného na historických člunkových stavech. Surový, nepraný denim.",
  },
  "Chore Jacket": {
    name: "Pracovní bunda",
    description:
      "Klasika francouzského pracovního oblečení z pevného bavlněného kepru se třemi našitými kapsami. Vezmete ji přes cokoli.",
  },
  "Wool Beanie": {
    name: "Vlněná čepice",
    description:
      "Žebrovaná čepice z jemné jehněčí vlny, upletená v malé rodinné pletárně. Univerzální velikost padne skoro každému.",
  },
  "Flannel Overshirt": {
    name: "Flanelová košilová bunda",
    description: "Kostkovaná košilová bunda z počesaného bavlněného flanelu, která zahřeje i v podzimních dnech.",
  },
  "Hemp Shorts": {
    name: "Konopné kraťasy",
    description: "Odolné kraťasy ze směsi konopí a bavlny, vzadu s pružným pasem.",
  },
  // Obuv
  "Leather Derby Shoes": {
    name: "Kožené polobotky Derby",
    description:
      "Polobotky Derby s rámovým šitím Goodyear z celozrnné telecí kůže. Dají se opakovaně podrazit, takže vydrží desítky let.",
  },
  "Canvas Sneakers": {
    name: "Plátěné tenisky",
    description: "Nízké tenisky z plátna z biobavlny s podrážkou z přírodního kaučuku.",
  },
  "Chelsea Boots": {
    name: "Semišové chelsea boty",
    description: "Semišové kotníkové boty s pružnými bočními vsadkami a měkkou koženou stélkou.",
  },
  "Trail Running Shoes": {
    name: "Trailové běžecké boty",
    description: "Lehké boty do terénu s přilnavou hrubě vzorkovanou podrážkou a ochrannou destičkou proti kamenům.",
  },
  "Wool House Slippers": {
    name: "Vlněné bačkory",
    description: "Bačkory z valchované vlny s plstěnou podrážkou: teplé, tiché a prodyšné.",
  },
  "Merino Hiking Socks": {
    name: "Turistické ponožky z merino vlny",
    description: "Polstrované ponožky z merino vlny na celodenní túry. Balení obsahuje dva páry.",
  },
  "Leather Sandals": {
    name: "Kožené sandály",
    description: "Sandály z rostlinně činěné kůže s nastavitelným páskem na přezku.",
  },
  "Shoe Care Kit": {
    name: "Sada na péči o obuv",
    description: "Kartáč z koňských žíní, neutrální krém a bavlněný hadřík ve voskovaném plátěném pouzdře.",
  },
  // Kuchyně
  "Cast Iron Skillet": {
    name: "Litinová pánev",
    description: "Předem vypálená litinová pánev, která zvládne sporák i troubu. Časem je čím dál lepší.",
  },
  "Chef's Knife": {
    name: "Kuchařský nůž",
    description: "Kuchařský nůž s 20cm čepelí z japonské oceli VG-10 a rukojetí z ořechového dřeva.",
  },
  "Olive Wood Cutting Board": {
    name: "Prkénko z olivového dřeva",
    description: "Vyřezané z jediného kusu olivového dřeva, takže každé prkénko má vlastní kresbu.",
  },
  "Stoneware Mixing Bowls": {
    name: "Kameninové mísy",
    description: "Sada tří mís z glazované kropenaté kameniny, které se vejdou jedna do druhé. Můžete je mýt v myčce.",
  },
  "Pour-Over Coffee Set": {
    name: "Sada na překapávanou kávu",
    description: "Keramický dripper, skleněná karafa a 100 filtrů pro čistou a svěží kávu.",
  },
  "Linen Tea Towels": {
    name: "Lněné utěrky",
    description: "Dvě předprané lněné utěrky, které vyleští sklenice dosucha a nezanechají chloupky.",
  },
  "Enamel Dutch Oven": {
    name: "Smaltovaný litinový hrnec",
    description: "Smaltovaný litinový hrnec o objemu 4,7 litru na dušená masa, chleba i polévky.",
  },
  "Spice Grinder": {
    name: "Mlýnek na koření",
    description: "Ruční mlýnek s keramickým mlecím ústrojím a nastavitelnou hrubostí mletí.",
  },
  // Domov
  "Wool Throw Blanket": {
    name: "Vlněný přehoz",
    description: "Těžký přehoz se vzorem rybí kosti, utkaný z nebarvené vlny. Velkorysých rozměrů.",
  },
  "Linen Bedding Set": {
    name: "Lněné povlečení",
    description: "Povlak na peřinu a dva povlaky na polštáře z předpraného francouzského lnu.",
  },
  "Ceramic Table Lamp": {
    name: "Keramická stolní lampa",
    description: "Ručně točená keramická noha, lněné stínidlo a LED žárovka s teplým světlem.",
  },
  "Soy Wax Candle": {
    name: "Svíčka ze sójového vosku",
    description: "Ručně odlévaná svíčka ze sójového vosku s vůní cedru a kouře; hoří zhruba 50 hodin.",
  },
  "Woven Storage Basket": {
    name: "Pletený úložný koš",
    description: "Koš z mořské trávy s koženými uchy na deky, hračky nebo prádlo.",
  },
  "Cotton Cushion Cover": {
    name: "Bavlněný povlak na polštář",
    description: "Bavlněný povlak na polštář s ručním tiskem z dřevěných forem, 50 × 50 cm, se skrytým zipem.",
  },
  "Glass Carafe": {
    name: "Skleněná karafa",
    description: "Ručně foukaná skleněná karafa se sklenicí, která poslouží i jako víčko.",
  },
  "Wall Clock": {
    name: "Nástěnné hodiny",
    description: "Tiché nástěnné hodiny s plynulým chodem, dubovým rámem a čistým bílým ciferníkem.",
  },
  // Papírnictví
  "Dot Grid Notebook": {
    name: "Tečkovaný zápisník",
    description:
      "Zápisník A5 se 160 stranami papíru o gramáži 100 g, který snese i plnicí pero, a s vazbou, která zůstane ležet otevřená.",
  },
  "Fountain Pen": {
    name: "Plnicí pero",
    description: "Mosazné plnicí pero s ocelovým hrotem a konvertorem pro inkoust z lahvičky.",
  },
  "Bottled Ink": {
    name: "Inkoust v lahvičce",
    description: "50 ml voděodolného inkoustu v sytých odstínech, který se nerozpíjí ani nepropíjí papírem.",
  },
  "Weekly Planner": {
    name: "Týdenní diář",
    description: "Nedatovaný týdenní diář s lněnými deskami a dvěma záložkami ze stuhy.",
  },
  "Pencil Set": {
    name: "Sada tužek",
    description: "Dvanáct cedrových tužek od tvrdosti 4H po 8B s mosazným ořezávátkem.",
  },
  "Leather Desk Pad": {
    name: "Kožená podložka na stůl",
    description: "Podložka na psací stůl z rostlinně činěné kůže, 60 × 35 cm, která krásně stárne.",
  },
  "Letterpress Cards": {
    name: "Přání tištěná knihtiskem",
    description: "Sada osmi přáníček tištěných knihtiskem, s obálkami z recyklovaného papíru.",
  },
  "Brass Ruler": {
    name: "Mosazné pravítko",
    description: "30cm pravítko z masivní mosazi s vyrytou metrickou stupnicí. Je dost těžké, aby udrželo papír rovně.",
  },
  // Do přírody
  "Waxed Canvas Backpack": {
    name: "Batoh z voskovaného plátna",
    description: "Batoh o objemu 22 litrů z voskovaného bavlněného plátna s koženými popruhy a přihrádkou na notebook.",
  },
  "Insulated Water Bottle": {
    name: "Termoláhev",
    description: "Ocelová láhev s dvojitou stěnou, která udrží nápoje studené 24 hodin.",
  },
  "Camping Hammock": {
    name: "Kempingová houpací síť",
    description: "Houpací síť z padákového nylonu s popruhy na stromy; sbalená není větší než grapefruit.",
  },
  "Enamel Camp Mug": {
    name: "Smaltovaný hrnek",
    description: "Klasický smaltovaný hrnek na kávu u ohně. Objem 350 ml.",
  },
  "Down Sleeping Bag": {
    name: "Péřový spací pytel",
    description: "Kachní peří z odpovědných zdrojů, komfortní teplota 2 °C, sbalený váží 900 g.",
  },
  Headlamp: {
    name: "Čelovka",
    description: "Čelovka nabíjená přes USB se svítivostí 350 lumenů a červeným nočním režimem.",
  },
  "Folding Knife": {
    name: "Zavírací nůž",
    description: "Kapesní nůž s aretací, nerezovou čepelí a dubovou rukojetí.",
  },
  "Picnic Blanket": {
    name: "Pikniková deka",
    description: "Deka z recyklované vlny s nepromokavou spodní stranou a popruhem na nošení.",
  },
  // Doplňky
  "Leather Card Holder": {
    name: "Kožené pouzdro na karty",
    description: "Tenké pouzdro na šest karet, ručně šité z rostlinně činěné kůže.",
  },
  "Canvas Tote Bag": {
    name: "Plátěná taška",
    description: "Taška z pevného bavlněného plátna s vnitřní kapsou. Unese celý týdenní nákup.",
  },
  "Leather Belt": {
    name: "Kožený opasek",
    description: "Opasek ze sedlářské kůže, široký 35 mm, s přezkou z masivní mosazi.",
  },
  "Wool Scarf": {
    name: "Vlněná šála",
    description: "Dlouhá šála z počesané jehněčí vlny s třásněmi na koncích.",
  },
  Sunglasses: {
    name: "Sluneční brýle",
    description: "Acetátové obroučky s polarizačními skly, včetně ochranného pouzdra.",
  },
  "Key Ring": {
    name: "Kroužek na klíče",
    description: "Kroužek na klíče z masivní mosazi s koženým přívěskem.",
  },
  "Weekender Bag": {
    name: "Víkendová taška",
    description: "Cestovní taška z voskovaného plátna o objemu 40 litrů, rozměry vhodné jako příruční zavazadlo.",
  },
  Umbrella: {
    name: "Deštník",
    description: "Deštník odolný proti větru s dřevěnou rukojetí a kostrou ze skelných vláken.",
  },
  // Spíž
  "Single-Origin Coffee Beans": {
    name: "Zrnková káva single origin",
    description: "Praná etiopská káva se světlým pražením a tóny bergamotu a meruňky. 250 g.",
  },
  "Loose Leaf Green Tea": {
    name: "Sypaný zelený čaj",
    description: "Sencha z jarní sklizně se sladkou, trávovou dochutí. Plechovka 100 g.",
  },
  "Dark Chocolate Bar": {
    name: "Hořká čokoláda",
    description: "Hořká čokoláda 72 % z peruánského kakaa, vyrobená od bobu až po tabulku. 70 g.",
  },
  "Wildflower Honey": {
    name: "Květový med",
    description: "Surový, nefiltrovaný med od včelaře z podhůří. Sklenice 400 g.",
  },
  "Extra Virgin Olive Oil": {
    name: "Extra panenský olivový olej",
    description: "Olivový olej z rané sklizně, svěže zelený s pikantním dozvukem. Plechovka 500 ml.",
  },
  "Herbal Tea Sampler": {
    name: "Ochutnávka bylinných čajů",
    description: "Pět bylinných směsí bez kofeinu v kompostovatelných pyramidových sáčcích.",
  },
  "Sourdough Crackers": {
    name: "Kváskové krekry",
    description: "Křupavé žitné krekry upečené ze zbylého kvásku. 150 g.",
  },
  "Gift Box": {
    name: "Dárková bedýnka",
    description: "Káva, čokoláda a med v dřevěné bedýnce, která se vám bude hodit i potom.",
  },
};
