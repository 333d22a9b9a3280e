/**
 * Word lists of the demonstration workspace: the first names and surnames that the generator
 * combines into invented people (common Québec French and English names, never a real person's
 * full name on purpose), the platforms, the fictional media, events, publishers and
 * organisations, the countries of the international circuit, and the topic words from which
 * bilingual titles of publications and talks are made.
 *
 * Everything named here is invented or generic; every address built from it lies under the
 * reserved `.example` top-level domain or `example.org` (RFC 2606).
 */
import type { Lang } from '../../core/domain.js';

/** Common Québec French first names. */
export const FRENCH_FIRST_NAMES: readonly string[] = [
  'Marie-Ève', 'Geneviève', 'Isabelle', 'Julie', 'Mélanie', 'Nathalie', 'Sophie', 'Catherine', 'Valérie',
  'Stéphanie', 'Annie', 'Caroline', 'Émilie', 'Josée', 'Karine', 'Chantal', 'Audrey', 'Marie-Claude',
  'Véronique', 'Maude', 'Léa', 'Camille', 'Roxanne', 'Marie-Pier', 'Andrée-Anne', 'Manon', 'Lyne',
  'Jean-François', 'Martin', 'Éric', 'Sylvain', 'Stéphane', 'Patrick', 'François', 'Mathieu', 'Simon',
  'Alexandre', 'Guillaume', 'Philippe', 'Louis', 'Jean-Philippe', 'Marc-André', 'Benoît', 'Yannick',
  'Olivier', 'Étienne', 'Félix', 'Maxime', 'Luc', 'Pierre-Luc', 'Dominique', 'Hugo', 'Sébastien',
  'Nicolas', 'Vincent', 'Frédéric', 'Jérôme', 'Réjean', 'Gaétan',
];

/** Common Québec French surnames. */
export const FRENCH_SURNAMES: readonly string[] = [
  'Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné',
  'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Paquette', 'Girard', 'Simard', 'Boucher',
  'Caron', 'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc', 'Lefebvre',
  'Poulin', 'Thibault', 'St-Pierre', 'Nadeau', 'Landry', 'Martel', 'Bédard', 'Grenier', 'Lessard',
  'Bernier', 'Michaud', 'Hébert', 'Desjardins', 'Couture', 'Turcotte', 'Lachance', 'Parent', 'Blais',
  'Gosselin', 'Savard', 'Proulx', 'Beaudoin', 'Demers', 'Perreault', 'Dufour', 'Lemieux', 'Thériault',
  'Brisson', 'Vachon', 'Charbonneau', 'Pépin', 'Ouimet',
];

/** Common English first names. */
export const ENGLISH_FIRST_NAMES: readonly string[] = [
  'Sarah', 'Emily', 'Jessica', 'Jennifer', 'Amanda', 'Rachel', 'Laura', 'Megan', 'Hannah', 'Olivia',
  'Chloe', 'Rebecca', 'Karen', 'Heather', 'Allison', 'Vanessa', 'Lindsay', 'Erin', 'Fiona', 'Grace',
  'David', 'James', 'Ryan', 'Kevin', 'Andrew', 'Matthew', 'Daniel', 'Jason', 'Tyler', 'Adam', 'Nathan',
  'Sean', 'Graham', 'Colin', 'Liam', 'Owen', 'Ethan', 'Jordan', 'Trevor', 'Derek', 'Gavin', 'Neil',
];

/** Common English surnames (with the Scottish and Irish ones frequent in Québec). */
export const ENGLISH_SURNAMES: readonly string[] = [
  'Smith', 'Brown', 'Wilson', 'Campbell', 'Stewart', 'Thompson', 'MacDonald', 'Taylor', 'Anderson',
  'Scott', 'Reid', 'Murray', 'Clark', 'Ross', 'Young', 'Mitchell', 'Walker', 'Robertson', 'Johnston',
  'Wright', 'Graham', 'Kelly', 'Morrison', 'Hughes', 'Fraser', 'Bennett', 'Hall', 'Cooper', 'Price',
  'Sullivan', 'Murphy', "O'Brien", 'Fletcher', 'Gordon', 'Kennedy', 'Baxter', 'Harper', 'Lawson',
  'Palmer', 'Doyle', 'Whitfield', 'Ashford', 'McKenna',
];

/**
 * Full names the generator must never produce, folded (lower case, no accents): public figures
 * of the field, among them those the source article names. Random combinations of common names
 * can still meet a real person by chance; this list keeps the obvious ones out.
 */
export const AVOIDED_FULL_NAMES: readonly string[] = [
  // named by the source article, or public figures of the field
  'michelle blanc', 'michael brenner', 'claude malaison', 'mitch joel', 'sylvain carle', 'martin lessard',
  'ann handley', 'joe pulizzi', 'jay baer', 'brian solis', 'neil patel', 'chris brogan', 'seth godin',
  // well-known people whose names the lists above can combine into
  'patrick roy', 'daniel lavoie', 'eric lapointe', 'kevin parent', 'maxime bernier', 'simon gagne',
  'chantal hebert', 'nathalie simard', 'julie lemieux', 'luc poirier', 'hugo girard', 'sophie thibault',
  'guillaume lavoie', 'jean-francois lisee', 'james taylor', 'kevin smith', 'adam scott', 'adam smith',
  'amanda palmer', 'neil young', 'grace kelly', 'david price', 'owen wilson', 'rebecca hall',
  'heather graham', 'hannah murray', 'kevin kelly', 'andrew scott', 'chloe bennett', 'ryan murphy',
  'sean young', 'ryan hall', 'colin murray', 'emily thompson', 'james brown', 'david graham',
];

/** Social platforms of the demo (PRODUCT.md's list), with the base of their fictional address. */
export const PLATFORMS = [
  'linkedin', 'x', 'bluesky', 'mastodon', 'youtube', 'instagram', 'facebook', 'tiktok', 'quora', 'pinterest', 'snapchat',
] as const;
export type DemoPlatform = (typeof PLATFORMS)[number];

/** First day (ISO) each platform can carry activity in the demo (platform launch or wide adoption). */
export const PLATFORM_SINCE: Record<DemoPlatform, string> = {
  linkedin: '2005-01-01',
  x: '2007-01-01',
  bluesky: '2024-02-06',
  mastodon: '2022-11-01',
  youtube: '2006-01-01',
  instagram: '2011-01-01',
  facebook: '2007-01-01',
  tiktok: '2019-01-01',
  quora: '2010-06-01',
  pinterest: '2011-01-01',
  snapchat: '2015-01-01',
};

/** Profile address of a handle (without `@`) on a platform, under the platform's fictional domain. */
export function profileUrl(platform: DemoPlatform, base: string): string {
  switch (platform) {
    case 'linkedin':
      return `https://linkedin.example/in/${base}`;
    case 'mastodon':
      return `https://mastodon.example/@${base}`;
    case 'bluesky':
      return `https://bluesky.example/profile/${base}`;
    case 'youtube':
      return `https://youtube.example/@${base}`;
    case 'quora':
      return `https://quora.example/profile/${base}`;
    default:
      return `https://${platform}.example/${base}`;
  }
}

/** Handle of a base name on a platform, as the platform writes it. */
export function platformHandle(platform: DemoPlatform, base: string): string {
  switch (platform) {
    case 'linkedin':
    case 'quora':
      return base;
    case 'mastodon':
      return `@${base}@mastodon.example`;
    default:
      return `@${base}`;
  }
}

/** Prefixes of outside accounts (readers, agencies, buyers) who mention candidates. */
export const OUTSIDE_ACCOUNT_PREFIXES: readonly string[] = [
  'pme_fictive', 'acheteur_b2b', 'agence_exemple', 'media_fictif', 'etudiant_mkg', 'reader_b2b', 'cmo_example',
  'manufacturier_fictif', 'startup_imaginaire', 'demo_marketer', 'lectrice_b2b', 'vp_ventes_fictif',
  'saas_example', 'consultante_fictive', 'chambre_fictive', 'podcast_exemple',
];

export interface MediaOutlet {
  name: string;
  slug: string;
  country: string;
  lang: Lang;
}

/** Fictional media of the field's home (Québec, Canada). */
export const HOME_MEDIA: readonly MediaOutlet[] = [
  { name: 'Le Quotidien fictif', slug: 'quotidien-fictif', country: 'CA', lang: 'fr' },
  { name: 'La Gazette imaginaire de Québec', slug: 'gazette-imaginaire', country: 'CA', lang: 'fr' },
  { name: 'Les Affaires fictives', slug: 'affaires-fictives', country: 'CA', lang: 'fr' },
  { name: 'Radio Fiction Montréal', slug: 'radio-fiction-mtl', country: 'CA', lang: 'fr' },
  { name: 'Info Marketing Fiction', slug: 'info-marketing-fiction', country: 'CA', lang: 'fr' },
  { name: 'Télé-Exemple, émission Techno', slug: 'tele-exemple', country: 'CA', lang: 'fr' },
  { name: 'Fictional B2B Weekly', slug: 'fictional-b2b-weekly', country: 'CA', lang: 'en' },
  { name: 'The Montreal Example Gazette', slug: 'montreal-example-gazette', country: 'CA', lang: 'en' },
  { name: 'Canadian Marketing Fiction Review', slug: 'cmf-review', country: 'CA', lang: 'en' },
];

/** Fictional media abroad. */
export const FOREIGN_MEDIA: readonly MediaOutlet[] = [
  { name: 'Le Journal fictif de Paris', slug: 'journal-fictif-paris', country: 'FR', lang: 'fr' },
  { name: 'Marketing Imaginaire Magazine', slug: 'marketing-imaginaire', country: 'FR', lang: 'fr' },
  { name: 'La Gazette fictive de Bruxelles', slug: 'gazette-fictive-bruxelles', country: 'BE', lang: 'fr' },
  { name: 'La Tribune fictive de Genève', slug: 'tribune-fictive-geneve', country: 'CH', lang: 'fr' },
  { name: "L'Écho fictif de Casablanca", slug: 'echo-fictif-casablanca', country: 'MA', lang: 'fr' },
  { name: 'Dakar Fiction Matin', slug: 'dakar-fiction-matin', country: 'SN', lang: 'fr' },
  { name: 'Fictional Marketing Daily', slug: 'fictional-marketing-daily', country: 'US', lang: 'en' },
  { name: 'The Example B2B Journal', slug: 'example-b2b-journal', country: 'US', lang: 'en' },
  { name: 'London Fictional Business Review', slug: 'london-fictional-review', country: 'GB', lang: 'en' },
];

export interface DemoEvent {
  name: string;
  slug: string;
  country: string;
  city: string;
  lang: Lang;
}

/** Fictional events of the home circuit. */
export const HOME_EVENTS: readonly DemoEvent[] = [
  { name: 'Sommet fictif du marketing B2B', slug: 'sommet-fictif-b2b', country: 'CA', city: 'Montréal', lang: 'fr' },
  { name: 'Forum imaginaire du contenu', slug: 'forum-imaginaire-contenu', country: 'CA', city: 'Québec', lang: 'fr' },
  { name: 'Journées fictives du numérique', slug: 'journees-fictives-numerique', country: 'CA', city: 'Sherbrooke', lang: 'fr' },
  { name: 'Rendez-vous exemple du marketing industriel', slug: 'rdv-marketing-industriel', country: 'CA', city: 'Drummondville', lang: 'fr' },
  { name: 'Midi-conférence de la Chambre de commerce fictive', slug: 'chambre-fictive', country: 'CA', city: 'Laval', lang: 'fr' },
  { name: 'Webinaire de l’Association fictive du marketing', slug: 'association-fictive-marketing', country: 'CA', city: 'en ligne', lang: 'fr' },
  { name: 'Montreal Example B2B Meetup', slug: 'mtl-example-b2b-meetup', country: 'CA', city: 'Montréal', lang: 'en' },
  { name: 'Fictional Content Conference Toronto', slug: 'fictional-content-toronto', country: 'CA', city: 'Toronto', lang: 'en' },
];

/** Fictional events abroad. */
export const FOREIGN_EVENTS: readonly DemoEvent[] = [
  { name: 'Salon fictif du marketing digital', slug: 'salon-fictif-paris', country: 'FR', city: 'Paris', lang: 'fr' },
  { name: 'Rencontres imaginaires du B2B', slug: 'rencontres-imaginaires-lyon', country: 'FR', city: 'Lyon', lang: 'fr' },
  { name: 'Forum fictif de la communication', slug: 'forum-fictif-bruxelles', country: 'BE', city: 'Bruxelles', lang: 'fr' },
  { name: 'Journées exemple du numérique romand', slug: 'journees-exemple-lausanne', country: 'CH', city: 'Lausanne', lang: 'fr' },
  { name: 'Sommet fictif du digital africain', slug: 'sommet-fictif-casablanca', country: 'MA', city: 'Casablanca', lang: 'fr' },
  { name: 'Forum imaginaire de l’innovation', slug: 'forum-imaginaire-dakar', country: 'SN', city: 'Dakar', lang: 'fr' },
  { name: 'Fictional Content Summit', slug: 'fictional-content-summit', country: 'US', city: 'Boston', lang: 'en' },
  { name: 'Example B2B Marketing World', slug: 'example-b2b-world', country: 'US', city: 'San Diego', lang: 'en' },
  { name: 'Imaginary Demand Gen Days', slug: 'imaginary-demand-gen', country: 'GB', city: 'London', lang: 'en' },
];

/** Fictional publishers, schools and organisations. */
export const PUBLISHERS: readonly { name: string; lang: Lang }[] = [
  { name: 'Éditions fictives du Plateau', lang: 'fr' },
  { name: 'Presses imaginaires de Québec', lang: 'fr' },
  { name: 'Éditions Exemple', lang: 'fr' },
  { name: 'Fictional Press', lang: 'en' },
  { name: 'Example Business Books', lang: 'en' },
];

export const SCHOOLS: readonly { name: string; slug: string }[] = [
  { name: 'Université fictive de Montréal', slug: 'universite-fictive-montreal' },
  { name: 'Université imaginaire de Québec', slug: 'universite-imaginaire-quebec' },
  { name: 'Collège exemple de Sherbrooke', slug: 'college-exemple-sherbrooke' },
  { name: 'École fictive de gestion', slug: 'ecole-fictive-gestion' },
  { name: 'Example University (continuing education)', slug: 'example-university' },
];

export const ORGANISATIONS: readonly { name: string; slug: string }[] = [
  { name: 'Association fictive du marketing B2B', slug: 'association-fictive-b2b' },
  { name: 'Chambre de commerce imaginaire de l’Estrie', slug: 'chambre-imaginaire-estrie' },
  { name: 'Regroupement exemple des femmes en techno', slug: 'regroupement-exemple-techno' },
  { name: 'Fondation fictive pour la littératie numérique', slug: 'fondation-fictive-litteratie' },
  { name: 'Fictional Marketing Association of Canada', slug: 'fictional-marketing-association' },
  { name: 'Jeune chambre fictive de Montréal', slug: 'jeune-chambre-fictive' },
];

export const VOLUNTEER_ROLES: readonly { fr: string; en: string }[] = [
  { fr: 'membre du conseil d’administration', en: 'board member' },
  { fr: 'présidente ou président bénévole', en: 'volunteer chair' },
  { fr: 'mentor de jeunes entrepreneurs', en: 'mentor to young entrepreneurs' },
  { fr: 'membre du comité de programme', en: 'programme committee member' },
  { fr: 'juge de concours', en: 'competition judge' },
];

/** Countries of the international circuit: French-speaking first, then English-speaking and others. */
export const FOREIGN_COUNTRIES: readonly string[] = ['FR', 'US', 'BE', 'CH', 'MA', 'SN', 'GB', 'CI', 'TN', 'DE', 'ES', 'MX', 'BR', 'CM', 'LU'];

/** Topic words of B2B marketing, in both languages (same order). */
export const TOPICS: readonly { fr: string; en: string }[] = [
  { fr: 'leadership éclairé', en: 'thought leadership' },
  { fr: 'ABM', en: 'ABM' },
  { fr: 'SEO B2B', en: 'B2B SEO' },
  { fr: 'marketing de contenu', en: 'content marketing' },
  { fr: 'LinkedIn', en: 'LinkedIn' },
  { fr: 'webinaires', en: 'webinars' },
  { fr: 'études de cas', en: 'case studies' },
  { fr: 'livres blancs', en: 'white papers' },
  { fr: 'génération de leads', en: 'lead generation' },
  { fr: 'automatisation marketing', en: 'marketing automation' },
  { fr: 'transformation numérique', en: 'digital transformation' },
  { fr: 'balados', en: 'podcasts' },
  { fr: 'vidéo B2B', en: 'B2B video' },
  { fr: 'marketing d’influence', en: 'influencer marketing' },
  { fr: 'infographies', en: 'infographics' },
  { fr: 'CRM', en: 'CRM' },
  { fr: 'expérience client', en: 'customer experience' },
  { fr: 'intelligence artificielle', en: 'artificial intelligence' },
  { fr: 'vente sociale', en: 'social selling' },
  { fr: 'marque employeur', en: 'employer branding' },
  { fr: 'salons professionnels', en: 'trade shows' },
  { fr: 'entreprise sociale', en: 'social business' },
];

/** Title patterns; `{t}` and `{u}` are topics, `{y}` a year, `{n}` a small number. */
export const TITLE_PATTERNS: Record<Lang, readonly string[]> = {
  fr: [
    '{T} : {n} leçons tirées du terrain',
    '{T} en {y} : bilan et perspectives',
    '{T} et {u} : mode d’emploi pour les PME',
    '{T} : étude de cas d’un fabricant québécois',
    'Mesurer le rendement : {t}',
    '{T} sans se tromper : {n} erreurs à éviter',
    'Dossier — {t} pour les entreprises industrielles',
    '{T} : ce qui change la donne en B2B',
    '{T}, {u} et leadership éclairé',
  ],
  en: [
    '{T}: {n} lessons from the field',
    '{T} in {y}: where we stand',
    '{T} and {u}: a playbook for manufacturers',
    '{T}: a Québec B2B case study',
    'Measuring the return on {t}',
    '{n} mistakes to avoid with {t}',
    'What B2B buyers expect from {t}',
    '{T} for small industrial firms',
  ],
};

/** Upper-cases the first letter. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Lower case ASCII with hyphens: accents stripped, anything else than letters and digits collapsed. */
export function slugify(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
