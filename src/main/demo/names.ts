/**
 * Names of a diverse neighbourhood of Bourg-en-Bresse. Families are drawn by origin so that a
 * surname, its children's first names and the language spoken at home stay plausible together;
 * children of every origin also get first names common to all French classrooms.
 */

export type Origine = 'france' | 'maghreb' | 'afrique_ouest' | 'turquie' | 'portugal' | 'tamoul' | 'balkans' | 'comores' | 'afghanistan'

export interface GroupeNoms {
  noms: readonly string[]
  prenomsF: readonly string[]
  prenomsM: readonly string[]
  /** Languages spoken at home in some of these families; empty when French is the usual language. */
  langues: readonly string[]
  /** Share of these families that speak another language at home. */
  partLangue: number
}

export const GROUPES: Record<Origine, GroupeNoms> = {
  france: {
    noms: ['Martin', 'Bernard', 'Durand', 'Lefèvre', 'Girard', 'Bonnet', 'Roux', 'Fontaine', 'Chevalier', 'Gauthier', 'Perrin', 'Morel', 'Mercier', 'Blanc', 'Guérin', 'Faure', 'Rousseau', 'Berthier'],
    prenomsF: ['Léa', 'Chloé', 'Manon', 'Jade', 'Louise', 'Camille', 'Zoé', 'Lucie', 'Emma', 'Anaïs', 'Océane', 'Clémence'],
    prenomsM: ['Lucas', 'Hugo', 'Théo', 'Nathan', 'Enzo', 'Louis', 'Mathis', 'Tom', 'Noah', 'Maxime', 'Gabriel', 'Jules'],
    langues: [],
    partLangue: 0,
  },
  maghreb: {
    noms: ['Benali', 'Haddad', 'Bouzid', 'Mansouri', 'Cherif', 'Belkadi', 'Amrani', 'Zerrouki', 'Benyahia', 'El Idrissi', 'Saïdi', 'Hamdi', 'Ouarti', 'Boukhari'],
    prenomsF: ['Yasmine', 'Inès', 'Lina', 'Sofia', 'Nour', 'Amira', 'Meryem', 'Salma', 'Aya', 'Hiba', 'Rania', 'Imane'],
    prenomsM: ['Adam', 'Rayan', 'Ilyes', 'Yanis', 'Mehdi', 'Sami', 'Amine', 'Bilal', 'Nassim', 'Anis', 'Ayoub', 'Walid'],
    langues: ['arabe', 'arabe', 'arabe', 'berbère (kabyle)'],
    partLangue: 0.65,
  },
  afrique_ouest: {
    noms: ['Diallo', 'Traoré', 'Koné', 'Camara', 'Ndiaye', 'Diop', 'Sylla', 'Keïta', 'Coulibaly', 'Sangaré', 'Cissé'],
    prenomsF: ['Aminata', 'Fatoumata', 'Mariam', 'Awa', 'Kadiatou', 'Aïssatou', 'Binta', 'Oumou', 'Hawa', 'Djeneba'],
    prenomsM: ['Moussa', 'Mamadou', 'Ibrahima', 'Souleymane', 'Boubacar', 'Cheick', 'Ousmane', 'Seydou', 'Lamine', 'Issa'],
    langues: ['soninké', 'bambara', 'peul', 'wolof'],
    partLangue: 0.5,
  },
  turquie: {
    noms: ['Yılmaz', 'Demir', 'Kaya', 'Çelik', 'Aydın', 'Öztürk', 'Arslan', 'Doğan'],
    prenomsF: ['Elif', 'Zeynep', 'Ecrin', 'Azra', 'Defne', 'Eylül', 'Ela', 'Hira'],
    prenomsM: ['Emir', 'Yusuf', 'Eymen', 'Kerem', 'Mert', 'Enes', 'Baran', 'Aras'],
    langues: ['turc'],
    partLangue: 0.85,
  },
  portugal: {
    noms: ['Da Silva', 'Ferreira', 'Pereira', 'Rodrigues', 'Gonçalves', 'Teixeira', 'Carvalho', 'Lopes', 'Pinto'],
    prenomsF: ['Beatriz', 'Inês', 'Mariana', 'Lara', 'Carolina', 'Leonor'],
    prenomsM: ['Tiago', 'Rafael', 'Diogo', 'Gonçalo', 'Rodrigo', 'Tomás'],
    langues: ['portugais'],
    partLangue: 0.5,
  },
  tamoul: {
    noms: ['Sivakumar', 'Rajendran', 'Tharmalingam', 'Kandasamy', 'Selvarajah', 'Nadarajah'],
    prenomsF: ['Kavya', 'Abinaya', 'Harini', 'Dharshini', 'Nila', 'Shalini'],
    prenomsM: ['Arun', 'Kavin', 'Sanjay', 'Vishnu', 'Pranav', 'Dinesh'],
    langues: ['tamoul'],
    partLangue: 0.9,
  },
  balkans: {
    noms: ['Berisha', 'Krasniqi', 'Gashi', 'Hoxha', 'Shala'],
    prenomsF: ['Albina', 'Era', 'Drita', 'Blerta', 'Arta'],
    prenomsM: ['Arben', 'Dren', 'Ilir', 'Liridon', 'Besart'],
    langues: ['albanais'],
    partLangue: 0.8,
  },
  comores: {
    noms: ['Said Ali', 'Mohamed Soilihi', 'Abdallah', 'Madi'],
    prenomsF: ['Ansoifa', 'Nasma', 'Faïza', 'Roukia'],
    prenomsM: ['Nadjim', 'Faïd', 'Anrif', 'Ibrahim'],
    langues: ['comorien (shikomori)'],
    partLangue: 0.6,
  },
  afghanistan: {
    noms: ['Ahmadi', 'Rahimi', 'Noori', 'Hakimi'],
    prenomsF: ['Mursal', 'Parisa', 'Shabnam', 'Mahsa'],
    prenomsM: ['Omid', 'Farhad', 'Jawad', 'Sohrab'],
    langues: ['dari', 'pachto'],
    partLangue: 1,
  },
}

/** How many of the demo's families come from each origin (32 in all). */
export const REPARTITION_FAMILLES: Record<Origine, number> = {
  france: 9, maghreb: 8, afrique_ouest: 5, turquie: 3, portugal: 2, tamoul: 2, balkans: 1, comores: 1, afghanistan: 1,
}

/** First names heard in every classroom, given to some children whatever their family's origin. */
export const PRENOMS_COMMUNS_F = ['Sarah', 'Maya', 'Lya', 'Eva', 'Alicia', 'Nina', 'Mila', 'Jana'] as const
export const PRENOMS_COMMUNS_M = ['Ethan', 'Noam', 'Liam', 'Elias', 'Kenzo', 'Nolan', 'Ryan', 'Aaron'] as const
