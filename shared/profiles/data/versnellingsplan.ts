// The five roles of the onderwijskundig ICT-professional (seed 003, "De vijf rollen"): descriptions, no items.
import type { Profile, ProfileArea } from '../model';

const VERANDERAAR: ProfileArea = {
  id: 'veranderaar',
  code: 'VER',
  name: 'Veranderaar',
  role: 'Veranderaar',
  aliases: [],
  description:
    'De veranderaar die effectief een verandertraject kan initiëren en begeleiden. De veranderaar heeft een ' +
    'scherp oog voor de behoeften van de onderscheiden doelgroepen, en werkt evidence-informed toe naar ' +
    'kwalitatief goede projectresultaten.',
  scope: 'network',
  items: [],
};

const COACH: ProfileArea = {
  id: 'coach',
  code: 'COA',
  name: 'Coach',
  role: 'Coach',
  aliases: [],
  description:
    'De coach die docenten enthousiasmeert, ondersteunt en professionaliseert over de didactische inzet van ICT ' +
    'in het onderwijs. De coach draagt ook bij aan herontwerpprocessen van docenten en teams. Een coach maakt ' +
    'een koppeling tussen de dagelijkse onderwijspraktijk en mogelijke ICT-toepassingen. Hierbij ligt de focus ' +
    'op de functionaliteiten van ICT-systemen (vanuit de technologie naar inhoud en pedagogiek).',
  scope: 'network',
  items: [],
};

const ADVISEUR: ProfileArea = {
  id: 'adviseur',
  code: 'ADV',
  name: 'Adviseur',
  role: 'Adviseur',
  aliases: [],
  description:
    'De adviseur die leidinggevenden, en de organisatie in het algemeen, passend advies kan geven en dit advies ' +
    'ook goed kan overbrengen. De adviseur weet wat er speelt, welke vragen er leven en hoe daarop in te ' +
    'springen. De adviseur en maakt een koppeling tussen visie of beleid van de instelling en mogelijke ' +
    'ICT-innovaties. Hierbij ligt de focus op de digitale didactiek (vanuit pedagogiek naar inhoud en ' +
    'technologie) en ook op de visie (van de instelling) en praktijk (van de docenten). De adviseur fungeert ' +
    'ook als tussenpersoon of sparringpartner om de onderwijspraktijk van docenten te veranderen op een manier ' +
    'die aansluit bij het beleid van de instelling.',
  scope: 'network',
  items: [],
};

const NETWERKER: ProfileArea = {
  id: 'netwerker',
  code: 'NET',
  name: 'Netwerker',
  role: 'Netwerker',
  aliases: [],
  description:
    'De netwerker die mensen op laagdrempelige en toegankelijke wijze samenbrengt, maar ook ideeën en ' +
    'voorbeelden, en ervoor zorgt dat deze samenwerkingen, ideeën en dingen levensvatbaar zijn of worden ' +
    'opgepikt. De netwerker creëert zo de contexten van waaruit innovatie kan ontstaan, en houdt daarbij het ' +
    'overzicht op het geheel.',
  scope: 'network',
  items: [],
};

const INSPIRATOR: ProfileArea = {
  id: 'inspirator',
  code: 'INS',
  name: 'Inspirator',
  role: 'Inspirator',
  aliases: [],
  description:
    'De inspirator die de potentie van nieuwe ontwikkelingen op didactisch en technologisch gebied volgt, ' +
    'inspirerend kan communiceren over de mogelijkheden en kansen voor het onderwijs ervan, en op deze manier ' +
    'onderwijsprofessionals in beweging weet te brengen.',
  scope: 'network',
  items: [],
};

export const VERSNELLINGSPLAN: Profile = {
  id: 'versnellingsplan',
  title: 'De vijf rollen van de onderwijskundig ICT-professional',
  year: 2021,
  areas: [VERANDERAAR, COACH, ADVISEUR, NETWERKER, INSPIRATOR],
};
