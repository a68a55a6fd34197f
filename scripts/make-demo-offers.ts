// Writes content/offres/demo/france-travail.json: about sixty demonstration offers in
// the real shape of France Travail's search answer, for the three demonstration
// territories (départements 40, 64 and 01). Employers are invented and say "(exemple)";
// towns, ROME codes and contract vocabulary are real. Offers are generated from a fixed
// seed, so only the dates change from one run to the next (and the build shifts those
// anyway). Usage: node scripts/run-ts.mjs scripts/make-demo-offers.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { demoSnapshotFile } from '../src/lib/offers/snapshot';

interface Town {
	name: string;
	postcode: string;
	lat: number;
	lon: number;
}

const towns: Record<'40' | '64' | '01', Town[]> = {
	'40': [
		{ name: 'Dax', postcode: '40100', lat: 43.7102, lon: -1.0534 },
		{ name: 'Mont-de-Marsan', postcode: '40000', lat: 43.8902, lon: -0.4999 },
		{ name: 'Saint-Paul-lès-Dax', postcode: '40990', lat: 43.7262, lon: -1.0519 },
		{ name: 'Biscarrosse', postcode: '40600', lat: 44.3942, lon: -1.1637 },
		{ name: "Aire-sur-l'Adour", postcode: '40800', lat: 43.7021, lon: -0.2627 },
		{ name: 'Tarnos', postcode: '40220', lat: 43.5405, lon: -1.4608 },
		{ name: 'Saint-Vincent-de-Tyrosse', postcode: '40230', lat: 43.6606, lon: -1.3038 },
	],
	'64': [
		{ name: 'Pau', postcode: '64000', lat: 43.2951, lon: -0.3708 },
		{ name: 'Bayonne', postcode: '64100', lat: 43.4929, lon: -1.4748 },
		{ name: 'Anglet', postcode: '64600', lat: 43.4851, lon: -1.5159 },
		{ name: 'Biarritz', postcode: '64200', lat: 43.4832, lon: -1.5586 },
		{ name: 'Oloron-Sainte-Marie', postcode: '64400', lat: 43.1942, lon: -0.6067 },
		{ name: 'Orthez', postcode: '64300', lat: 43.4886, lon: -0.7718 },
		{ name: 'Saint-Jean-de-Luz', postcode: '64500', lat: 43.3881, lon: -1.6631 },
	],
	'01': [
		{ name: 'Bourg-en-Bresse', postcode: '01000', lat: 46.2052, lon: 5.2255 },
		{ name: 'Oyonnax', postcode: '01100', lat: 46.2561, lon: 5.6556 },
		{ name: 'Ambérieu-en-Bugey', postcode: '01500', lat: 45.9581, lon: 5.3586 },
		{ name: 'Belley', postcode: '01300', lat: 45.7594, lon: 5.6881 },
		{ name: 'Gex', postcode: '01170', lat: 46.3333, lon: 6.0578 },
		{ name: 'Trévoux', postcode: '01600', lat: 45.9408, lon: 4.7722 },
	],
};

const employers = {
	ehpad: ['EHPAD Les Tilleuls (exemple)', 'EHPAD Résidence du Lac (exemple)', 'EHPAD Les Magnolias (exemple)'],
	hopital: ['Centre hospitalier du Val (exemple)', 'Clinique des Pins (exemple)'],
	domicile: ['Service d’aide à domicile Les Aidants (exemple)', 'Association Vivre chez soi (exemple)', 'SAAD Domicile Plus (exemple)'],
	handicap: ['Foyer d’accueil médicalisé Les Chênes (exemple)', 'IME Les Écureuils (exemple)', 'MAS Le Vallon (exemple)'],
	enfance: ['Maison d’enfants Les Hirondelles (exemple)', 'Service éducatif Les Passerelles (exemple)'],
	creche: ['Crèche Les Petits Pas (exemple)', 'Multi-accueil Les Lucioles (exemple)'],
	social: ['CCAS de la commune (exemple)', 'Centre d’hébergement Le Relais (exemple)', 'Association Accompagner Ensemble (exemple)'],
	placement: ['Service de placement familial Les Genêts (exemple)'],
	famille: ['Particulier employeur (exemple)'],
	mediation: ['Association Familles en Lien (exemple)'],
	accueilAdultes: ['Dispositif d’accueil familial Les Bruyères (exemple)'],
};

/** France Travail's activity sector (NAF wording) for each kind of employer. */
const sectors: Record<keyof typeof employers, string> = {
	ehpad: 'Hébergement médicalisé pour personnes âgées',
	hopital: 'Activités hospitalières',
	domicile: 'Aide à domicile',
	handicap: 'Hébergement médicalisé pour adultes handicapés et autre hébergement médicalisé',
	enfance: 'Hébergement social pour enfants en difficultés',
	creche: 'Accueil de jeunes enfants',
	social: 'Autre action sociale sans hébergement n.c.a.',
	placement: 'Hébergement social pour enfants en difficultés',
	famille: 'Activités des ménages en tant qu’employeurs de personnel domestique',
	mediation: 'Autre action sociale sans hébergement n.c.a.',
	accueilAdultes: 'Hébergement social pour personnes âgées',
};

interface Job {
	rome: string;
	romeLibelle: string;
	appellation: string;
	title: string;
	employers: (keyof typeof employers)[];
	sentences: string[];
	count: number;
}

// Real ROME codes of both generations (professions.md), including shared v3 codes
// whose title alone tells the profession (K1303, K1201, K1207, K1301, K1302).
const jobs: Job[] = [
	{
		rome: 'J1501',
		romeLibelle: 'Aide-soignant / Aide-soignante',
		appellation: 'Aide-soignant / Aide-soignante',
		title: 'Aide-soignant / Aide-soignante (H/F)',
		employers: ['ehpad', 'hopital'],
		count: 10,
		sentences: [
			'Au sein d’une équipe pluridisciplinaire, vous accompagnez les résidents dans les actes de la vie quotidienne : toilette, repas, lever et coucher.',
			'Vous observez l’état de santé des personnes et transmettez vos observations à l’infirmier de l’équipe.',
			'Vous participez à l’animation et au projet de vie de chaque résident.',
			'Le diplôme d’État d’aide-soignant est requis.',
			'Les plannings sont organisés en 12 heures, un week-end sur deux.',
			'Une prime d’installation et un accompagnement à la prise de poste sont prévus.',
			'Nous accueillons volontiers des élèves en fin de formation.',
		],
	},
	{
		rome: 'K1302',
		romeLibelle: 'Assistance auprès d’adultes',
		appellation: 'Accompagnant éducatif et social / Accompagnante éducative et sociale',
		title: 'Accompagnant éducatif et social (AES) (H/F)',
		employers: ['handicap', 'ehpad'],
		count: 4,
		sentences: [
			'Vous accompagnez des adultes en situation de handicap dans leur vie quotidienne et leurs activités.',
			'Vous aidez aux gestes essentiels en respectant le rythme et les choix de chaque personne.',
			'Vous proposez des activités de loisirs et participez aux sorties.',
			'Le DEAES est souhaité ; une première expérience en établissement est un plus.',
			'Vous travaillez en lien étroit avec l’équipe éducative et paramédicale.',
		],
	},
	{
		rome: 'K1306',
		romeLibelle: 'Accompagnant éducatif et social / Accompagnante éducative et sociale',
		appellation: 'Accompagnant éducatif et social / Accompagnante éducative et sociale',
		title: 'Accompagnant éducatif et social (H/F)',
		employers: ['handicap', 'domicile'],
		count: 3,
		sentences: [
			'Vous soutenez des personnes âgées ou handicapées pour qu’elles gardent leur autonomie.',
			'Vous aidez à la toilette, aux repas et aux déplacements, et vous veillez au confort de chacun.',
			'Vous participez aux réunions d’équipe et aux projets personnalisés.',
			'Débutants bienvenus : une formation au DEAES peut être financée.',
		],
	},
	{
		rome: 'K1301',
		romeLibelle: 'Accompagnement médicosocial',
		appellation: 'Aide médico-psychologique',
		title: 'Aide médico-psychologique (AMP) (H/F)',
		employers: ['handicap'],
		count: 1,
		sentences: [
			'Vous accompagnez des adultes polyhandicapés dans tous les moments de la journée.',
			'Vous proposez des activités d’éveil adaptées à chaque résident.',
			'Le DEAMP ou le DEAES est requis.',
			'Horaires en journée, un week-end sur trois.',
		],
	},
	{
		rome: 'K1304',
		romeLibelle: 'Services domestiques',
		appellation: 'Aide à domicile',
		title: 'Aide à domicile (H/F)',
		employers: ['domicile'],
		count: 5,
		sentences: [
			'Vous intervenez au domicile de personnes âgées pour l’entretien du logement, les courses et la préparation des repas.',
			'Vous êtes une présence rassurante et vous favorisez le maintien du lien social.',
			'Vos interventions sont regroupées sur un secteur géographique limité.',
			'Le permis B et un véhicule sont nécessaires ; les kilomètres sont indemnisés.',
			'Vous bénéficiez d’un tutorat à votre arrivée.',
			'Une formation au titre d’assistant de vie aux familles peut être proposée.',
		],
	},
	{
		rome: 'K1311',
		romeLibelle: 'Assistant / Assistante de vie aux familles',
		appellation: 'Assistant / Assistante de vie aux familles',
		title: 'Assistant de vie aux familles (ADVF) (H/F)',
		employers: ['domicile'],
		count: 4,
		sentences: [
			'Vous aidez des personnes en perte d’autonomie à rester chez elles dans de bonnes conditions.',
			'Vous accompagnez la toilette, l’habillage et les repas, et vous entretenez le cadre de vie.',
			'Vous rendez compte de vos interventions au responsable de secteur.',
			'Le titre professionnel ADVF est apprécié.',
			'Temps de travail adapté à vos disponibilités.',
		],
	},
	{
		rome: 'K1310',
		romeLibelle: 'Assistant maternel / Assistante maternelle',
		appellation: 'Assistant maternel / Assistante maternelle',
		title: 'Assistant maternel / Assistante maternelle (H/F)',
		employers: ['famille'],
		count: 2,
		sentences: [
			'Famille recherche une assistante maternelle agréée pour accueillir un enfant de 10 mois.',
			'Accueil du lundi au vendredi, de 8 h 30 à 17 h 30.',
			'Vous accompagnez l’éveil de l’enfant et veillez à son confort et à sa sécurité.',
			'L’agrément délivré par le Département est obligatoire.',
		],
	},
	{
		rome: 'K1303',
		romeLibelle: 'Assistance auprès d’enfants',
		appellation: 'Assistant maternel / Assistante maternelle',
		title: 'Assistante maternelle agréée (H/F)',
		employers: ['famille'],
		count: 1,
		sentences: [
			'Parents recherchent une assistante maternelle pour leurs deux enfants, en périscolaire.',
			'Vous accompagnez les enfants à l’école et assurez le goûter et les devoirs.',
			'L’agrément est obligatoire.',
		],
	},
	{
		rome: 'K1309',
		romeLibelle: 'Assistant familial / Assistante familiale',
		appellation: 'Assistant familial / Assistante familiale',
		title: 'Assistant familial / Assistante familiale (H/F)',
		employers: ['placement'],
		count: 2,
		sentences: [
			'Vous accueillez à votre domicile des enfants confiés à l’aide sociale à l’enfance.',
			'Vous leur offrez un cadre de vie stable, sécurisant et bienveillant.',
			'Vous travaillez en lien avec un référent éducatif et participez aux réunions de suivi.',
			'L’agrément d’assistant familial est requis ; la formation obligatoire est organisée par l’employeur.',
			'Le logement doit permettre d’accueillir un enfant dans sa propre chambre.',
		],
	},
	{
		rome: 'K1303',
		romeLibelle: 'Assistance auprès d’enfants',
		appellation: 'Assistant familial / Assistante familiale',
		title: 'Assistant familial (H/F)',
		employers: ['placement'],
		count: 1,
		sentences: [
			'Vous accueillez à votre domicile un ou deux adolescents, de façon durable.',
			'Vous êtes accompagné par une équipe de professionnels du placement familial.',
			'Agrément requis ou en cours.',
		],
	},
	{
		rome: 'K1312',
		romeLibelle: 'Accueillant familial / Accueillante familiale',
		appellation: 'Accueillant familial / Accueillante familiale',
		title: 'Accueillant familial pour adultes (H/F)',
		employers: ['accueilAdultes'],
		count: 1,
		sentences: [
			'Vous accueillez chez vous une personne âgée ou un adulte en situation de handicap.',
			'Vous partagez votre vie de famille et favorisez son autonomie.',
			'L’agrément du Département est obligatoire.',
			'Un accompagnement régulier par l’équipe du dispositif est assuré.',
		],
	},
	{
		rome: 'K1302',
		romeLibelle: 'Assistance auprès d’adultes',
		appellation: 'Accueillant familial / Accueillante familiale',
		title: 'Accueillant familial (H/F)',
		employers: ['accueilAdultes'],
		count: 1,
		sentences: [
			'Vous accueillez à votre domicile une personne âgée qui ne peut plus vivre seule.',
			'Vous l’accompagnez dans la vie quotidienne et veillez à son bien-être.',
			'Agrément délivré par le Département requis.',
		],
	},
	{
		rome: 'K1305',
		romeLibelle: 'Intervention sociale et familiale',
		appellation: 'Technicien / Technicienne de l’intervention sociale et familiale',
		title: 'Technicien de l’intervention sociale et familiale (TISF) (H/F)',
		employers: ['domicile', 'social'],
		count: 3,
		sentences: [
			'Vous intervenez auprès de familles rencontrant des difficultés passagères ou durables.',
			'Vous soutenez les parents dans l’organisation de la vie quotidienne et l’éducation des enfants.',
			'Vous intervenez dans le cadre de la protection de l’enfance, en lien avec les travailleurs sociaux.',
			'Le DETISF est requis.',
			'Véhicule de service à disposition.',
		],
	},
	{
		rome: 'K1201',
		romeLibelle: 'Action sociale',
		appellation: 'Assistant / Assistante de service social',
		title: 'Assistant de service social (H/F)',
		employers: ['social', 'hopital'],
		count: 3,
		sentences: [
			'Vous accueillez, informez et accompagnez des personnes en difficulté sociale.',
			'Vous évaluez les situations et construisez avec les personnes un projet d’accompagnement.',
			'Vous travaillez en réseau avec les partenaires du territoire.',
			'Le DEASS est requis.',
			'Poste ouvert aux jeunes diplômés.',
			'Télétravail possible une journée par semaine.',
		],
	},
	{
		rome: 'K1225',
		romeLibelle: 'Conseiller / Conseillère en économie sociale et familiale',
		appellation: 'Conseiller / Conseillère en économie sociale et familiale',
		title: 'Conseiller en économie sociale et familiale (CESF) (H/F)',
		employers: ['social'],
		count: 2,
		sentences: [
			'Vous accompagnez des ménages dans la gestion de leur budget et l’accès au logement.',
			'Vous animez des ateliers collectifs sur la vie quotidienne.',
			'Vous participez aux commissions d’attribution des aides.',
			'Le DECESF est requis.',
		],
	},
	{
		rome: 'K1201',
		romeLibelle: 'Action sociale',
		appellation: 'Conseiller / Conseillère en économie sociale et familiale',
		title: 'Conseiller en économie sociale familiale (H/F)',
		employers: ['social'],
		count: 1,
		sentences: [
			'Au sein d’un centre d’hébergement, vous accompagnez les personnes vers l’autonomie.',
			'Vous aidez à la gestion du budget et aux démarches d’accès aux droits.',
			'Le DECESF est requis.',
		],
	},
	{
		rome: 'K1202',
		romeLibelle: 'Éducation de jeunes enfants',
		appellation: 'Éducateur / Éducatrice de jeunes enfants',
		title: 'Éducateur de jeunes enfants (EJE) (H/F)',
		employers: ['creche'],
		count: 4,
		sentences: [
			'Vous accompagnez le développement et l’éveil des enfants de 10 semaines à 3 ans.',
			'Vous concevez et animez le projet pédagogique avec l’équipe.',
			'Vous soutenez les parents et travaillez avec eux au quotidien.',
			'Le DEEJE est requis.',
			'La structure accueille 40 enfants et compte 14 professionnels.',
		],
	},
	{
		rome: 'K1207',
		romeLibelle: 'Intervention socioéducative',
		appellation: 'Éducateur spécialisé / Éducatrice spécialisée',
		title: 'Éducateur spécialisé (H/F)',
		employers: ['enfance', 'handicap'],
		count: 4,
		sentences: [
			'Vous accompagnez des jeunes de 12 à 18 ans accueillis au titre de la protection de l’enfance.',
			'Vous élaborez et mettez en œuvre leurs projets personnalisés.',
			'Vous travaillez avec les familles, l’école et les partenaires.',
			'Le DEES est requis.',
			'Horaires en internat, astreintes partagées.',
			'Reprise d’ancienneté selon la convention collective.',
		],
	},
	{
		rome: 'K1208',
		romeLibelle: 'Moniteur-éducateur / Monitrice-éducatrice',
		appellation: 'Moniteur-éducateur / Monitrice-éducatrice',
		title: 'Moniteur-éducateur / Monitrice-éducatrice (H/F)',
		employers: ['handicap', 'enfance'],
		count: 2,
		sentences: [
			'Vous accompagnez des adultes en situation de handicap dans les actes de la vie quotidienne.',
			'Vous organisez des activités éducatives et de loisirs.',
			'Vous contribuez à l’écriture des projets personnalisés.',
			'Le DEME est requis.',
		],
	},
	{
		rome: 'K1207',
		romeLibelle: 'Intervention socioéducative',
		appellation: 'Moniteur-éducateur / Monitrice-éducatrice',
		title: 'Moniteur éducateur (H/F)',
		employers: ['enfance'],
		count: 1,
		sentences: [
			'Vous accompagnez au quotidien un groupe de huit enfants de 6 à 12 ans.',
			'Vous assurez les levers, les repas, l’aide aux devoirs et les couchers.',
			'Le DEME est requis.',
		],
	},
	{
		rome: 'K1101',
		romeLibelle: 'Accompagnement et médiation familiale',
		appellation: 'Médiateur familial / Médiatrice familiale',
		title: 'Médiateur familial / Médiatrice familiale (H/F)',
		employers: ['mediation'],
		count: 2,
		sentences: [
			'Vous accompagnez des familles en situation de séparation pour renouer le dialogue.',
			'Vous menez des entretiens d’information et des séances de médiation.',
			'Le DEMF est requis.',
			'Poste à temps partiel, évolutif.',
		],
	},
	{
		rome: 'K1408',
		romeLibelle: 'Responsable de secteur aide à domicile',
		appellation: 'Responsable de secteur aide à domicile',
		title: 'Responsable de secteur aide à domicile (H/F)',
		employers: ['domicile'],
		count: 3,
		sentences: [
			'Vous organisez les interventions d’une équipe de vingt aides à domicile.',
			'Vous évaluez les besoins des personnes aidées et construisez leur plan d’aide.',
			'Vous recrutez, intégrez et soutenez les intervenants.',
			'Un diplôme de niveau 5 ou 6 dans le secteur social est attendu.',
			'Astreintes téléphoniques un week-end sur quatre.',
		],
	},
];

/** Small deterministic generator (mulberry32): the same offers on every run. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state + 0x6d2b79f5) | 0;
		let t = Math.imul(state ^ (state >>> 15), 1 | state);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const rand = random(2026);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

const contracts = [
	{ typeContrat: 'CDI', typeContratLibelle: 'Contrat à durée indéterminée', weight: 6 },
	{ typeContrat: 'CDD', typeContratLibelle: 'Contrat à durée déterminée - 6 Mois', weight: 3 },
	{ typeContrat: 'CDD', typeContratLibelle: 'Contrat à durée déterminée - 12 Mois', weight: 2 },
	{ typeContrat: 'MIS', typeContratLibelle: 'Mission intérimaire - 1 Mois', weight: 1 },
];
const experiences = [
	{ experienceExige: 'D', experienceLibelle: 'Débutant accepté' },
	{ experienceExige: 'S', experienceLibelle: '1 an(s) - souhaitée' },
	{ experienceExige: 'E', experienceLibelle: '2 an(s)' },
];

function weighted<T extends { weight: number }>(list: T[]): T {
	let n = rand() * list.reduce((sum, item) => sum + item.weight, 0);
	for (const item of list) if ((n -= item.weight) < 0) return item;
	return list[0] as T;
}

function upper(name: string): string {
	return name.toLocaleUpperCase('fr');
}

const fetchedAt = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000);
const departements = ['40', '64', '01'] as const;
const resultats: Record<string, unknown>[] = [];
let n = 0;

for (const job of jobs) {
	for (let i = 0; i < job.count; i++) {
		n++;
		const id = `DEMO${String(n).padStart(3, '0')}`;
		const departement = departements[n % departements.length] as (typeof departements)[number];
		const town = pick(towns[departement]);
		const employerKind = pick(job.employers);
		const employer = pick(employers[employerKind]);
		// About one offer in seven is an apprenticeship ("alternance"); never for an approval-based job.
		const approval =
			['K1303', 'K1309', 'K1310', 'K1312'].includes(job.rome) || (job.rome === 'K1302' && job.title.startsWith('Accueillant'));
		const alternance = !approval && rand() < 0.15;
		const contract = approval
			? contracts[0]!
			: alternance
				? { typeContrat: 'CDD', typeContratLibelle: 'Contrat à durée déterminée - 24 Mois' }
				: weighted(contracts);
		const partTime = job.rome === 'K1304' || job.rome === 'K1311' || job.rome === 'K1101' ? rand() < 0.6 : rand() < 0.2;
		const hours = partTime
			? `${pick([20, 24, 28, 30])}H Horaires normaux`
			: pick(['35H Horaires normaux', '35H Travail en équipe', '35H Travail samedi et dimanche']);
		const experience = alternance ? experiences[0]! : pick(experiences);
		const count = 3 + Math.floor(rand() * 4);
		const sentences = [...job.sentences].sort(() => rand() - 0.5).slice(0, Math.min(count, job.sentences.length));
		if (alternance) sentences.push('Poste en alternance : vous préparez votre diplôme en centre de formation et dans notre structure.');
		// Whole seconds, as the API writes them; within the last 20 days.
		const created = new Date(fetchedAt.getTime() - Math.floor((2 + rand() * 478) * 3600) * 1000);
		const updated = new Date(Math.min(fetchedAt.getTime(), created.getTime() + Math.floor(rand() * 48) * 3_600_000));
		const monthly = partTime ? 1200 + Math.floor(rand() * 4) * 100 : 1900 + Math.floor(rand() * 6) * 100;
		resultats.push({
			id,
			intitule: job.title,
			description: sentences.join(' '),
			dateCreation: created.toISOString(),
			dateActualisation: updated.toISOString(),
			lieuTravail: { libelle: `${departement} - ${upper(town.name)}`, latitude: town.lat, longitude: town.lon, codePostal: town.postcode },
			romeCode: job.rome,
			romeLibelle: job.romeLibelle,
			appellationlibelle: job.appellation,
			entreprise: { nom: employer, description: 'Structure fictive créée pour la démonstration du site.' },
			typeContrat: contract.typeContrat,
			typeContratLibelle: contract.typeContratLibelle,
			natureContrat: alternance ? 'Contrat apprentissage' : 'Contrat travail',
			experienceExige: experience.experienceExige,
			experienceLibelle: experience.experienceLibelle,
			salaire: { libelle: `Mensuel de ${monthly}.00 Euros à ${monthly + 200}.00 Euros sur 12 mois` },
			dureeTravailLibelle: hours,
			dureeTravailLibelleConverti: partTime ? 'Temps partiel' : 'Temps plein',
			alternance,
			nombrePostes: rand() < 0.2 ? 2 : 1,
			accessibleTH: rand() < 0.5,
			qualificationLibelle: pick(['Employé qualifié', 'Technicien', 'Agent de maîtrise']),
			secteurActiviteLibelle: sectors[employerKind],
			// example.org is reserved for examples: a demonstration offer never links to a real site.
			origineOffre: { origine: '1', urlOrigine: `https://offres.example.org/demonstration/${id}` },
		});
	}
}

// One offer proves that text from a feed is shown as text, never run as HTML.
const probe = resultats[0];
if (probe) {
	probe['description'] =
		'Offre de démonstration pour vérifier l’affichage : les balises <b>html</b> et <script>alert(1)</script> doivent apparaître telles quelles, comme du texte. ' +
		String(probe['description']);
}

const file = {
	example: true,
	source: 'france-travail',
	fetchedAt: fetchedAt.toISOString(),
	note: 'Demonstration data in the real API shape; not real offers',
	resultats,
};
mkdirSync(dirname(demoSnapshotFile), { recursive: true });
writeFileSync(demoSnapshotFile, `${JSON.stringify(file, null, '\t')}\n`);
console.log(`${demoSnapshotFile}: ${resultats.length} demonstration offers, fetchedAt ${file.fetchedAt}`);
