// The HAN competency profile for ict-onderwijsondersteuners (seed 002): two personal competencies, three task domains.
import type { Profile, ProfileArea } from '../model';
import { numberedItems } from './items';

const DIGITAAL_GELETTERD: ProfileArea = {
  id: 'digitaal-geletterd',
  code: 'DIG',
  name: 'Zelf digitaal geletterd zijn',
  role: 'Digitaal geletterd',
  aliases: ['digitale geletterdheid'],
  description:
    'Digitale geletterdheid betreft de vaardigheden en kennis om effectief met technologie om te gaan en op de ' +
    'hoogte te blijven van innovaties. Voor ict-onderwijsondersteuners is het essentieel om technologische ' +
    'kansen en bedreigingen te kunnen duiden en op basis daarvan mee te kunnen denken over de implicaties voor ' +
    "onderwijs en organisatie en als rolmodel te fungeren voor collega's. Dit omvat het snel eigen maken van " +
    'nieuwe digitale middelen en het verantwoord gebruik ervan, het toepassen van informatie- en ' +
    'mediavaardigheden en datageletterdheid en het kunnen inzetten van technologie voor de eigen professionele ' +
    'ontwikkeling.',
  scope: 'everyone',
  items: numberedItems('DIG', [
    'heeft kennis van en is vaardig in het gebruik van ict-toepassingen die (de organisatie van) het onderwijs in de onderwijsinstelling faciliteren en kan zich nieuwe toepassingen snel eigen maken;',
    'is op de hoogte van relevante wet- en regelgeving rondom ict in het onderwijs en stelt kritische vragen over ethische kwesties zoals inclusie, privacy, gegevensbescherming en de impact van nieuwe technologieën;',
    'kan digitale informatie en bronnen vinden, deze analyseren, interpreteren en beoordelen op betrouwbaarheid en kan daarmee informatie efficiënt ontsluiten;',
    "is zich bewust van kansen en risico's van het gebruik van sociale media en AI en zet deze middelen strategisch en doelgericht in, rekening houdend met ethische uitgangspunten, instellingseigen richtlijnen en wet- en regelgeving;",
    'kan data uit verschillende bronnen actief, creatief, kritisch en bewust begrijpen en gebruiken ten behoeve van het onderzoeken en oplossen van problemen bij het ondersteunen van onderwijsinnovatie met ict;',
    'zet digitale middelen effectief in ten behoeve van de eigen professionele ontwikkeling en het creëren van een persoonlijk leernetwerk.',
  ]),
};

const PROFESSIONEEL_HANDELEN: ProfileArea = {
  id: 'professioneel-handelen',
  code: 'PHA',
  name: 'Professioneel handelen',
  role: 'Professioneel handelen',
  aliases: [],
  description:
    'Professioneel handelen beschrijft competenties die iemand bezit om zich te blijven ontwikkelen (op het ' +
    'gebied van onderwijs en technologie) als lerende professional. Voor de ict-onderwijsondersteuner als ' +
    'innoverende professional zijn innovatieve en veranderkundige vaardigheden van belang om veranderkundige ' +
    'processen goed te kunnen begeleiden, rekening houdend met het complexe ecosysteem van partners binnen en ' +
    'buiten de instelling. Daarnaast dient een ict-onderwijsondersteuner als netwerkende professional over ' +
    'competenties te beschikken om te netwerken en te schakelen tussen perspectieven.',
  scope: 'everyone',
  items: numberedItems('PHA', {
    'Lerende professional': [
      'kan de eigen visie op (innovatief) onderwijs met ict toetsen en bijstellen mede op basis van onderzoeksresultaten, maatschappelijke ontwikkelingen en ervaringen in de praktijk;',
      'stelt aandachtsgebieden voor de eigen professionele ontwikkeling t.a.v. onderwijsinnovatie met ict vast en kan zich actief op deze gebieden ontwikkelen;',
      'is zich bewust van de eigen persoonlijke kwaliteiten en valkuilen;',
      'neemt deel aan professionele online netwerken of gemeenschappen om professionele relaties rondom het ondersteunen van onderwijsinnovatie met ict te versterken.',
    ],
    'Innoverende professional': [
      'kan innovatieve onderwijspraktijken met ict verkennen en reflecteren op de meerwaarde daarvan voor het onderwijs in de eigen organisatie;',
      "houdt algemene en vakspecifieke technologische ontwikkelingen actief bij, bespreekt deze met collega's en experimenteert hiermee;",
      'ontwikkelt veranderkundige competenties en heeft kennis en begrip van veranderkundige processen en wat dat vraagt van de organisatie, medewerkers en zichzelf;',
      'fungeert als een rolmodel als het gaat om werken en leren met ict.',
    ],
    'Netwerkende professional': [
      'kan samenwerken in multidisciplinaire teams, zich verplaatsen in verschillende perspectieven en kan verbindingen daartussen benoemen en stimuleren;',
      'kan ict doelgericht inzetten voor de communicatie met docenten, studenten en andere relevante partijen binnen en buiten de organisatie;',
      'creëert samen met anderen omstandigheden van waaruit innovatie kan ontstaan.',
    ],
  }),
};

const ORGANISATIEONTWIKKELING: ProfileArea = {
  id: 'organisatieontwikkeling',
  code: 'ORG',
  name: 'Ondersteunen van organisatieontwikkeling',
  role: 'Organisatieontwikkeling',
  aliases: ['organisatieontwikkeling'],
  description:
    'In het taakdomein organisatieontwikkeling draagt de ict-onderwijsondersteuner bij aan onderwijsinnovatie ' +
    'met ict door beleid en visie te ontwikkelen, trends te signaleren en relevante partijen binnen de ' +
    'instelling te verbinden. Dit omvat het geven van evidence-informed advies, het ondersteunen van ' +
    'leidinggevenden bij organisatorische vraagstukken die samenhangen met digitale transformatie en het ' +
    'signaleren van relevante trends in onderwijs en technologie en deze koppelen aan ontwikkelingen in de ' +
    'eigen organisatie.',
  scope: 'network',
  items: numberedItems('ORG', [
    'heeft zicht op actoren en factoren die meespelen bij onderwijsinnovatie met ict en hun belangen en posities;',
    'doorziet de samenhang tussen organisatieontwikkeling, onderwijsinnovatie, professionalisering en onderzoek;',
    'heeft zicht op de didactische waarde van ict in het onderwijs en de implicaties ervan voor de organisatie van het onderwijs;',
    'legt actief verbindingen tussen (uitkomsten van) onderzoek, onderwijspraktijk en beleid, op operationeel, tactisch en strategisch niveau;',
    'kan behoeften en vraagstukken op het gebied van onderwijsinnovatie met ict vanuit verschillende perspectieven benaderen en (helpen) articuleren;',
    'kan (gevraagd en ongevraagd) advies geven over onderwijsinnovatie met ict in diverse lagen van de organisatie.',
  ]),
};

const ONDERWIJSONTWIKKELING: ProfileArea = {
  id: 'onderwijsontwikkeling',
  code: 'OND',
  name: 'Ondersteunen van onderwijsontwikkeling',
  role: 'Onderwijsontwikkeling',
  aliases: ['onderwijsontwikkeling'],
  description:
    'In het taakdomein onderwijsontwikkeling is het van belang dat de verbinding met de docenten sterk is en ' +
    'dat de ict-onderwijsondersteuner laagdrempelig kan worden benaderd. Belangrijke aspecten zijn onder andere ' +
    'het helpen veranderen van de mindset van docenten en het helpen articuleren van (praktijk)vragen van ' +
    'docenten en teams. De ict-onderwijsondersteuner heeft hier ook een adviserende rol als het gaat over ' +
    'onderwijskundige vraagstukken en het monitoren van doorgevoerde oplossingen voor deze vraagstukken.',
  scope: 'network',
  items: numberedItems('OND', [
    'heeft zicht op de didactische waarde van ict in het onderwijs;',
    'kan behoeften en vraagstukken van docenten(teams) op het gebied van onderwijsinnovatie met ict (helpen) articuleren;',
    'kan ondersteunen bij het evidence-informed (her)ontwerpen van (blended, flexibele, eigentijdse) ict-rijke curricula en doorziet de implicaties ervan voor de organisatie van het onderwijs;',
    "inspireert en enthousiasmeert collega's, rekening houdend met individuele verschillen, talenten en behoeften, ten aanzien van onderwijsontwikkeling met ict;",
    'is in staat om docenten(teams) te coachen en is laagdrempelig benaderbaar;',
    'herkent weerstanden, overtuigingen en groepsdynamische patronen en speelt hierop in;',
    'kan (gevraagd en ongevraagd) onderbouwd advies geven over onderwijsinnovatie met ict ten behoeve van de doorontwikkeling van het onderwijs.',
  ]),
};

const PROFESSIONALISERING: ProfileArea = {
  id: 'professionalisering',
  code: 'PRF',
  name: 'Ondersteunen van professionalisering',
  role: 'Professionalisering',
  aliases: ['professionalisering'],
  description:
    'Het taakdomein professionalisering richt zich op het op maat en evidence-informed ontwikkelen, uitvoeren ' +
    'en evalueren van professionaliseringsactiviteiten voor onderwijsprofessionals en teams. Om maatwerk te ' +
    'bieden, wordt de volledige ontwerpcyclus doorlopen, van het ophalen van de vraag en formuleren van ' +
    'ontwerpcriteria tot het piloten en opschalen van activiteiten. De ict-onderwijsondersteuner is daarin ' +
    'zowel ontwerper als uitvoerder.',
  scope: 'network',
  items: numberedItems('PRF', [
    'heeft een diepgaand begrip van competenties voor onderwijsinnovatie met ict en kan onderwijsprofessionals begeleiden in hun ontwikkeling daarop;',
    'kan vragen van onderwijsprofessionals ten aanzien van onderwijsinnovatie met ict ophalen en uitdiepen en helpen bij het vertalen naar professionaliseringsvragen;',
    'maakt docenten wegwijs in bestaande professionaliseringsmogelijkheden en -bronnen;',
    'is in staat om effectieve professionaliseringstrajecten op maat te ontwikkelen, uit te voeren en te evalueren;',
    'herkent weerstanden, overtuigingen en groepsdynamische patronen en speelt hier effectief op in;',
    'is in staat om eigenaarschap voor de eigen competentieontwikkeling te stimuleren.',
  ]),
};

export const HAN: Profile = {
  id: 'han',
  title: 'Competentieprofiel ict-onderwijsondersteuners',
  year: 2025,
  areas: [
    DIGITAAL_GELETTERD,
    PROFESSIONEEL_HANDELEN,
    ORGANISATIEONTWIKKELING,
    ONDERWIJSONTWIKKELING,
    PROFESSIONALISERING,
  ],
};
