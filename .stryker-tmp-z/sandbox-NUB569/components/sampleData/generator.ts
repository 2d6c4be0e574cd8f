// @ts-nocheck
// A deterministic TICKIT-shaped data generator: pipe-delimited files and a manifest, the same bytes for the same options.
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

/** Row counts of the original Amazon Redshift TICKIT sample: what scale 1 produces. */
export const TICKIT_ROW_COUNTS: Readonly<Record<TickitTable, number>> = Object.freeze({
    category: 11,
    date: 365,
    venue: 202,
    users: 49990,
    event: 8798,
    listing: 192497,
    sales: 172456,
});

export type TickitTable = "category" | "date" | "venue" | "users" | "event" | "listing" | "sales";

/** The order the loader loads in and the manifest lists: dimensions first. */
export const TICKIT_TABLE_ORDER: readonly TickitTable[] = Object.freeze(["category", "date", "venue", "users", "event", "listing", "sales"]);

export const MANIFEST_FORMAT = "tickit-pipe-v1";
/**
 * The last day of the generated year. Fixed rather than today so that the same options always give the same
 * bytes: the deploy uploads and reloads only when the data really changed. Pass a newer anchor (the CLI's
 * --anchor) to get rows inside a diff run's look-back window.
 */
export const DEFAULT_ANCHOR = "2026-11-01";
export const DEFAULT_SEED = 20081231;
/** venueid is a SMALLINT and the whole set is built in memory: 10 keeps both comfortably in range. */
export const MAX_SCALE = 10;

export interface GeneratorOptions {
    /** Multiplies every row count except category and date (fixed at 11 and 365); every table gets at least 1 row. */
    readonly scale: number;
    /** YYYY-MM-DD: the last day of the 365-day window every date and timestamp falls in. */
    readonly anchor?: string;
    readonly seed?: number;
}

export interface GeneratedFile {
    readonly table: TickitTable;
    readonly file: string;
    readonly rows: number;
    readonly sha256: string;
    readonly content: string;
}

export interface SampleManifest {
    readonly format: typeof MANIFEST_FORMAT;
    readonly scale: number;
    readonly anchor: string;
    readonly seed: number;
    readonly tables: readonly { table: TickitTable; file: string; rows: number; sha256: string }[];
}

export interface SampleDataSet {
    readonly files: readonly GeneratedFile[];
    readonly manifest: SampleManifest;
    /** manifest.json exactly as written; its hash changes whenever any file does. */
    readonly manifestJson: string;
}

/** mulberry32: tiny, fast, and the same sequence on every platform (32-bit integer arithmetic only). */
function mulberry32(seed: number): () => number {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

class Random {
    private readonly next: () => number;
    constructor(seed: number) {
        this.next = mulberry32(seed);
    }
    float(): number {
        return this.next();
    }
    /** 0 <= n < bound */
    int(bound: number): number {
        return Math.floor(this.next() * bound);
    }
    pick<T>(items: readonly T[]): T {
        return items[this.int(items.length)];
    }
}

const DAY_SECONDS = 86400;
const WINDOW_DAYS = 365;
const DAY_NAMES = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"];
const MONTH_NAMES = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

const CATEGORIES: readonly (readonly [string, string, string])[] = [
    ["Sports", "MLB", "Major League Baseball"],
    ["Sports", "NHL", "National Hockey League"],
    ["Sports", "NFL", "National Football League"],
    ["Sports", "NBA", "National Basketball Association"],
    ["Sports", "MLS", "Major League Soccer"],
    ["Shows", "Musicals", "Musical theatre"],
    ["Shows", "Plays", "All non-musical theatre"],
    ["Shows", "Opera", "All opera and light opera"],
    ["Concerts", "Pop", "All rock and pop music concerts"],
    ["Concerts", "Jazz", "All jazz singers and bands"],
    ["Concerts", "Classical", "All symphony, concerto, and choir concerts"],
];

const CITIES: readonly (readonly [string, string])[] = [
    ["New York", "NY"], ["Los Angeles", "CA"], ["Chicago", "IL"], ["Houston", "TX"], ["Phoenix", "AZ"],
    ["Philadelphia", "PA"], ["San Antonio", "TX"], ["San Diego", "CA"], ["Dallas", "TX"], ["San Jose", "CA"],
    ["Austin", "TX"], ["Jacksonville", "FL"], ["Columbus", "OH"], ["Charlotte", "NC"], ["Indianapolis", "IN"],
    ["San Francisco", "CA"], ["Seattle", "WA"], ["Denver", "CO"], ["Nashville", "TN"], ["Boston", "MA"],
    ["Portland", "OR"], ["Las Vegas", "NV"], ["Detroit", "MI"], ["Memphis", "TN"], ["Louisville", "KY"],
    ["Baltimore", "MD"], ["Milwaukee", "WI"], ["Albuquerque", "NM"], ["Tucson", "AZ"], ["Sacramento", "CA"],
    ["Kansas City", "MO"], ["Atlanta", "GA"], ["Miami", "FL"], ["Raleigh", "NC"], ["Omaha", "NE"],
    ["Minneapolis", "MN"], ["Cleveland", "OH"], ["Tampa", "FL"], ["New Orleans", "LA"], ["Pittsburgh", "PA"],
    ["St. Louis", "MO"], ["Cincinnati", "OH"], ["Orlando", "FL"], ["Salt Lake City", "UT"], ["Buffalo", "NY"],
];

const FIRST_NAMES = [
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
    "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen", "Daniel", "Lisa",
    "Matthew", "Nancy", "Anthony", "Betty", "Mark", "Sandra", "Donald", "Ashley", "Steven", "Kimberly", "Paul",
    "Emily", "Andrew", "Donna", "Joshua", "Michelle", "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa",
    "George", "Deborah", "Timothy", "Stephanie", "Ronald", "Rebecca", "Jason", "Laura", "Edward", "Helen",
    "Rafael", "Yuki", "Priya", "Chen", "Fatima", "Mateo", "Aiko", "Omar", "Ingrid", "Kwame",
];

const LAST_NAMES = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker",
    "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
    "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Tanaka", "Okafor",
    "Kowalski", "Novak", "Larsen", "Haddad", "Singh", "Kim", "Rossi", "Silva",
];

const VENUE_PREFIXES = [
    "Riverside", "Lakeside", "Harbor", "Summit", "Liberty", "Union", "Pioneer", "Heritage", "Capitol", "Grand",
    "Eastside", "Westfield", "Northgate", "Southpoint", "Golden Gate", "Silver Lake", "Ironworks", "Maple",
    "Cedar", "Granite", "Orchard", "Bayfront", "Parkview", "Central", "Metro", "Crown", "Majestic", "Royal",
    "Starlight", "Evergreen",
];

/** Venue kinds and their seat ranges: [name, min seats, max seats]. */
const VENUE_KINDS: readonly (readonly [string, number, number])[] = [
    ["Stadium", 30000, 80000], ["Field", 20000, 50000], ["Arena", 10000, 25000], ["Center", 8000, 20000],
    ["Amphitheatre", 5000, 20000], ["Theatre", 500, 3000], ["Hall", 800, 2800], ["Opera House", 1200, 4000],
];

const TEAM_NAMES = [
    "Comets", "Rangers", "Falcons", "Pilots", "Miners", "Sharks", "Wolves", "Stallions", "Blizzard", "Thunder",
    "Mariners", "Foxes", "Titans", "Hornets", "Rockets", "Owls", "Bison", "Pirates", "Knights", "Vipers",
];
const SHOW_WORDS = [
    "Midnight", "Garden", "Echoes", "Lanterns", "Harbor", "Winter", "Carousel", "Paper", "Moon", "Kings",
    "Letters", "Masquerade", "Silent", "River", "Crimson", "Velvet", "Orchard", "Tempest", "Bridges", "Dreams",
];
const ARTIST_WORDS = [
    "Blue", "Electric", "Velvet", "Neon", "Golden", "Wild", "Paper", "Static", "Crystal", "Lunar",
    "Horizon", "Echo", "Harbor", "Canyon", "Signal", "Ember", "Satellite", "Meadow", "Cobalt", "Atlas",
];
const ARTIST_KINDS = ["Band", "Quartet", "Orchestra", "Trio", "Collective", "Ensemble", "Project", "Choir"];

const SALE_DELAY_SECONDS = 14 * DAY_SECONDS;
const SHOW_TIMES = [14 * 3600 + 30 * 60, 15 * 3600, 19 * 3600, 19 * 3600 + 30 * 60, 20 * 3600];

function pad2(n: number): string {
    return n < 10 ? `0${n}` : String(n);
}

function money(cents: number): string {
    return `${Math.floor(cents / 100)}.${pad2(cents % 100)}`;
}

/** Parses YYYY-MM-DD as a UTC day; throws one sentence naming the value. */
export function parseAnchor(anchor: string): number {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(anchor);
    const ms = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
    const d = new Date(ms);
    if (!m || Number.isNaN(ms) || d.getUTCFullYear() !== Number(m[1]) || d.getUTCMonth() !== Number(m[2]) - 1
        || d.getUTCDate() !== Number(m[3]) || Number(m[1]) < 2000 || Number(m[1]) > 2999) {
        throw new Error(`anchor ${JSON.stringify(anchor)} is not a date YYYY-MM-DD between 2000 and 2999`);
    }
    return ms;
}

/** Row counts for a scale: category and date are fixed, every other table is round(count * scale), at least 1. */
export function rowCountsForScale(scale: number): Record<TickitTable, number> {
    if (typeof scale !== "number" || !Number.isFinite(scale) || scale <= 0 || scale > MAX_SCALE) {
        throw new Error(`scale ${scale} is not allowed: use a number greater than 0 and at most ${MAX_SCALE}`);
    }
    const scaled = (table: TickitTable): number => Math.max(1, Math.round(TICKIT_ROW_COUNTS[table] * scale));
    return {
        category: TICKIT_ROW_COUNTS.category,
        date: TICKIT_ROW_COUNTS.date,
        venue: scaled("venue"),
        users: scaled("users"),
        event: scaled("event"),
        listing: scaled("listing"),
        sales: scaled("sales"),
    };
}

/** US holidays that fall on the same dates every year, plus the ones defined by weekday. */
function isHoliday(d: Date): boolean {
    const month = d.getUTCMonth() + 1;
    const day = d.getUTCDate();
    const weekday = d.getUTCDay();
    const nth = Math.floor((day - 1) / 7) + 1;
    const lastOfMonth = day + 7 > new Date(Date.UTC(d.getUTCFullYear(), month, 0)).getUTCDate();
    return (month === 1 && day === 1) || (month === 7 && day === 4) || (month === 11 && day === 11) || (month === 12 && day === 25)
        || (month === 1 && weekday === 1 && nth === 3) // Martin Luther King Jr. Day
        || (month === 5 && weekday === 1 && lastOfMonth) // Memorial Day
        || (month === 9 && weekday === 1 && nth === 1) // Labor Day
        || (month === 11 && weekday === 4 && nth === 4); // Thanksgiving
}

function eventName(random: Random, catgroup: string): string {
    switch (catgroup) {
        case "Sports": {
            const home = random.pick(TEAM_NAMES);
            let away = random.pick(TEAM_NAMES);
            if (away === home) {
                away = TEAM_NAMES[(TEAM_NAMES.indexOf(home) + 1) % TEAM_NAMES.length];
            }
            return `${random.pick(CITIES)[0]} ${home} vs ${away}`;
        }
        case "Shows":
            return `The ${random.pick(SHOW_WORDS)} ${random.pick(SHOW_WORDS)}`;
        default:
            return `${random.pick(ARTIST_WORDS)} ${random.pick(ARTIST_WORDS)} ${random.pick(ARTIST_KINDS)}`;
    }
}

function finish(table: TickitTable, lines: string[]): GeneratedFile {
    const content = lines.length === 0 ? "" : `${lines.join("\n")}\n`;
    return Object.freeze({
        table,
        file: `${table}.txt`,
        rows: lines.length,
        sha256: createHash("sha256").update(content, "utf8").digest("hex"),
        content,
    });
}

/**
 * Generates the whole TICKIT-shaped set in memory. Referential integrity by construction: every event has a
 * venue, category and date; every listing an event, a seller and the date of its listtime; every sale a
 * distinct listing, that listing's seller and event, a buyer, and the date of its saletime. Times are ordered
 * listtime < saletime <= starttime, all inside the 365 days ending on the anchor.
 */
export function generateSampleData(options: GeneratorOptions): SampleDataSet {
    const counts = rowCountsForScale(options.scale);
    const anchor = options.anchor ?? DEFAULT_ANCHOR;
    const seed = options.seed ?? DEFAULT_SEED;
    if (!Number.isSafeInteger(seed) || seed < 0 || seed > 0xffffffff) {
        throw new Error(`seed ${seed} is not allowed: use a whole number from 0 to 4294967295`);
    }
    const windowStart = parseAnchor(anchor) - (WINDOW_DAYS - 1) * DAY_SECONDS * 1000;
    // One stream per table, so changing one table's rules leaves the others' bytes alone.
    const randomFor = (table: TickitTable): Random => new Random((seed + Math.imul(TICKIT_TABLE_ORDER.indexOf(table) + 1, 0x9e3779b9)) >>> 0);

    const dayText: string[] = [];
    const dateLines: string[] = [];
    for (let i = 0; i < WINDOW_DAYS; i++) {
        const d = new Date(windowStart + i * DAY_SECONDS * 1000);
        const year = d.getUTCFullYear();
        const month = d.getUTCMonth();
        const jan1 = new Date(Date.UTC(year, 0, 1));
        const dayOfYear = Math.round((d.getTime() - jan1.getTime()) / (DAY_SECONDS * 1000));
        const week = Math.floor((dayOfYear + jan1.getUTCDay()) / 7) + 1;
        const caldate = `${year}-${pad2(month + 1)}-${pad2(d.getUTCDate())}`;
        dayText.push(caldate);
        dateLines.push([i + 1, caldate, DAY_NAMES[d.getUTCDay()], week, MONTH_NAMES[month], Math.floor(month / 3) + 1, year,
            isHoliday(d) ? "TRUE" : "FALSE"].join("|"));
    }
    const timestamp = (second: number): string => {
        const day = Math.floor(second / DAY_SECONDS);
        const s = second - day * DAY_SECONDS;
        return `${dayText[day]} ${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
    };
    const dateIdOf = (second: number): number => Math.floor(second / DAY_SECONDS) + 1;

    const categoryLines = CATEGORIES.map((c, i) => [i + 1, ...c].join("|"));

    let random = randomFor("venue");
    const venueLines: string[] = [];
    for (let id = 1; id <= counts.venue; id++) {
        const [kind, min, max] = random.pick(VENUE_KINDS);
        const [city, state] = random.pick(CITIES);
        const seats = random.float() < 0.05 ? "" : String(min + random.int(max - min + 1));
        venueLines.push([id, `${random.pick(VENUE_PREFIXES)} ${kind}`, city, state, seats].join("|"));
    }

    random = randomFor("users");
    const userLines: string[] = [];
    const usernameChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    for (let id = 1; id <= counts.users; id++) {
        let username = "";
        for (let k = 0; k < 8; k++) {
            username += usernameChars[random.int(usernameChars.length)];
        }
        const first = random.pick(FIRST_NAMES);
        const last = random.pick(LAST_NAMES);
        const [city, state] = random.pick(CITIES);
        const phone = `(${200 + random.int(800)}) ${200 + random.int(800)}-${String(random.int(10000)).padStart(4, "0")}`;
        const fields: (string | number)[] = [id, username, first, last, city, state, `${first}.${last}${id}@example.com`.toLowerCase(), phone];
        for (let k = 0; k < 10; k++) {
            const r = random.float();
            fields.push(r < 0.45 ? "TRUE" : r < 0.8 ? "FALSE" : "");
        }
        userLines.push(fields.join("|"));
    }

    random = randomFor("event");
    const eventStart = new Int32Array(counts.event + 1);
    const eventLines: string[] = [];
    for (let id = 1; id <= counts.event; id++) {
        const venueid = 1 + random.int(counts.venue);
        const catid = 1 + random.int(CATEGORIES.length);
        const start = random.int(WINDOW_DAYS) * DAY_SECONDS + random.pick(SHOW_TIMES);
        eventStart[id] = start;
        eventLines.push([id, venueid, catid, dateIdOf(start), eventName(random, CATEGORIES[catid - 1][0]), timestamp(start)].join("|"));
    }

    // Events by start time, so a listing can pick among the events that start after it is listed.
    const eventsByStart = Int32Array.from({ length: counts.event }, (_, i) => i + 1)
        .sort((a, b) => eventStart[a] - eventStart[b] || a - b);
    const lastStart = eventStart[eventsByStart[counts.event - 1]];
    const firstStartingAfter = (second: number): number => {
        let lo = 0;
        let hi = counts.event;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (eventStart[eventsByStart[mid]] > second) hi = mid; else lo = mid + 1;
        }
        return lo;
    };

    random = randomFor("listing");
    const listSeller = new Int32Array(counts.listing + 1);
    const listEvent = new Int32Array(counts.listing + 1);
    const listTickets = new Int32Array(counts.listing + 1);
    const listPrice = new Int32Array(counts.listing + 1);
    const listTime = new Int32Array(counts.listing + 1);
    const listingLines: string[] = [];
    for (let id = 1; id <= counts.listing; id++) {
        // Listing times spread evenly over the window, so the days just before the anchor are as busy as any:
        // a diff run near the anchor finds rows. A listing after the last event start is moved before it.
        let listed = random.int(WINDOW_DAYS * DAY_SECONDS);
        if (listed >= lastStart) {
            listed = random.int(lastStart);
        }
        const after = firstStartingAfter(listed);
        const eventid = eventsByStart[after + random.int(counts.event - after)];
        const sellerid = 1 + random.int(counts.users);
        const r = random.float();
        const tickets = 1 + Math.floor(r * r * 30);
        const p = random.float();
        const priceCents = 2000 + Math.floor(p * p * p * 248000);
        listSeller[id] = sellerid;
        listEvent[id] = eventid;
        listTickets[id] = tickets;
        listPrice[id] = priceCents;
        listTime[id] = listed;
        listingLines.push([id, sellerid, eventid, dateIdOf(listed), tickets, money(priceCents), money(tickets * priceCents), timestamp(listed)].join("|"));
    }

    random = randomFor("sales");
    // A partial Fisher-Yates shuffle picks which listings sell; each sold listing has exactly one sale.
    const order = new Int32Array(counts.listing);
    for (let i = 0; i < counts.listing; i++) {
        order[i] = i + 1;
    }
    for (let i = 0; i < counts.sales; i++) {
        const j = i + random.int(counts.listing - i);
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    const sold = order.subarray(0, counts.sales).sort();
    const salesLines: string[] = [];
    for (let i = 0; i < counts.sales; i++) {
        const listid = sold[i];
        const sellerid = listSeller[listid];
        let buyerid = 1 + random.int(counts.users);
        if (buyerid === sellerid && counts.users > 1) {
            buyerid = (buyerid % counts.users) + 1;
        }
        const qty = 1 + random.int(listTickets[listid]);
        const paid = qty * listPrice[listid];
        const commission = Math.floor((paid * 15 + 50) / 100);
        const start = eventStart[listEvent[listid]];
        // Sold within two weeks of listing, and never after the event starts.
        const saleTime = listTime[listid] + 1 + random.int(Math.max(0, Math.min(start - listTime[listid] - 1, SALE_DELAY_SECONDS)));
        salesLines.push([i + 1, listid, sellerid, buyerid, listEvent[listid], dateIdOf(saleTime), qty, money(paid), money(commission),
            timestamp(saleTime)].join("|"));
    }

    const byTable: Record<TickitTable, string[]> = {
        category: categoryLines, date: dateLines, venue: venueLines, users: userLines,
        event: eventLines, listing: listingLines, sales: salesLines,
    };
    const files = TICKIT_TABLE_ORDER.map(t => finish(t, byTable[t]));
    const manifest: SampleManifest = Object.freeze({
        format: MANIFEST_FORMAT,
        scale: options.scale,
        anchor,
        seed,
        tables: files.map(f => ({ table: f.table, file: f.file, rows: f.rows, sha256: f.sha256 })),
    });
    return Object.freeze({ files: Object.freeze(files), manifest, manifestJson: `${JSON.stringify(manifest, null, 2)}\n` });
}

/** Generates the set and writes `<table>.txt` and manifest.json into `dir` (created if missing). */
export function writeSampleData(dir: string, options: GeneratorOptions): SampleDataSet {
    const set = generateSampleData(options);
    fs.mkdirSync(dir, { recursive: true });
    for (const f of set.files) {
        fs.writeFileSync(path.join(dir, f.file), f.content);
    }
    fs.writeFileSync(path.join(dir, "manifest.json"), set.manifestJson);
    return set;
}
