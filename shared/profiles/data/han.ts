// The HAN competency profile for ict-onderwijsondersteuners (seed 002): two personal competencies, three task domains.
import type { Profile, ProfileArea } from '../model';

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
  items: [
    {
      id: 'DIG-1',
      text: 'heeft kennis van en is vaardig in het gebruik van ict-toepassingen die (de organisatie van) het onderwijs in de onderwijsinstelling faciliteren en kan zich nieuwe toepassingen snel eigen maken;',
    },
    {
      id: 'DIG-2',
      text: 'is op de hoogte van relevante wet- en regelgeving rondom ict in het onderwijs en stelt kritische vragen over ethische kwesties zoals inclusie, privacy, gegevensbescherming en de impact van nieuwe technologieën;',
    },
    {
      id: 'DIG-3',
      text: 'kan digitale informatie en bronnen vinden, deze analyseren, interpreteren en beoordelen op betrouwbaarheid en kan daarmee informatie efficiënt ontsluiten;',
    },
    {
      id: 'DIG-4',
      text: "is zich bewust van kansen en risico's van het gebruik van sociale media en AI en zet deze middelen strategisch en doelgericht in, rekening houdend met ethische uitgangspunten, instellingseigen richtlijnen en wet- en regelgeving;",
    },
    {
      id: 'DIG-5',
      text: 'kan data uit verschillende bronnen actief, creatief, kritisch en bewust begrijpen en gebruiken ten behoeve van het onderzoeken en oplossen van problemen bij het ondersteunen van onderwijsinnovatie met ict;',
    },
    {
      id: 'DIG-6',
      text: 'zet digitale middelen effectief in ten behoeve van de eigen professionele ontwikkeling en het creëren van een persoonlijk leernetwerk.',
    },
  ],
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
  items: [
    {
      id: 'PHA-1',
      group: 'Lerende professional',
      text: 'kan de eigen visie op (innovatief) onderwijs met ict toetsen en bijstellen mede op basis van onderzoeksresultaten, maatschappelijke ontwikkelingen en ervaringen in de praktijk;',
    },
    {
      id: 'PHA-2',
      group: 'Lerende professional',
      text: 'stelt aandachtsgebieden voor de eigen professionele ontwikkeling t.a.v. onderwijsinnovatie met ict vast en kan zich actief op deze gebieden ontwikkelen;',
    },
    {
      id: 'PHA-3',
      group: 'Lerende professional',
      text: 'is zich bewust van de eigen persoonlijke kwaliteiten en valkuilen;',
    },
    {
      id: 'PHA-4',
      group: 'Lerende professional',
      text: 'neemt deel aan professionele online netwerken of gemeenschappen om professionele relaties rondom het ondersteunen van onderwijsinnovatie met ict te versterken.',
    },
    {
      id: 'PHA-5',
      group: 'Innoverende professional',
      text: 'kan innovatieve onderwijspraktijken met ict verkennen en reflecteren op de meerwaarde daarvan voor het onderwijs in de eigen organisatie;',
    },
    {
      id: 'PHA-6',
      group: 'Innoverende professional',
      text: "houdt algemene en vakspecifieke technologische ontwikkelingen actief bij, bespreekt deze met collega's en experimenteert hiermee;",
    },
    {
      id: 'PHA-7',
      group: 'Innoverende professional',
      text: 'ontwikkelt veranderkundige competenties en heeft kennis en begrip van veranderkundige processen en wat dat vraagt van de organisatie, medewerkers en zichzelf;',
    },
    {
      id: 'PHA-8',
      group: 'Innoverende professional',
      text: 'fungeert als een rolmodel als het gaat om werken en leren met ict.',
    },
    {
      id: 'PHA-9',
      group: 'Netwerkende professional',
      text: 'kan samenwerken in multidisciplinaire teams, zich verplaatsen in verschillende perspectieven en kan verbindingen daartussen benoemen en stimuleren;',
    },
    {
      id: 'PHA-10',
      group: 'Netwerkende professional',
      text: 'kan ict doelgericht inzetten voor de communicatie met docenten, studenten en andere relevante partijen binnen en buiten de organisatie;',
    },
    {
      id: 'PHA-11',
      group: 'Netwerkende professional',
      text: 'creëert samen met anderen omstandigheden van waaruit innovatie kan ontstaan.',
    },
  ],
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
  items: [
    {
      id: 'ORG-1',
      text: 'heeft zicht op actoren en factoren die meespelen bij onderwijsinnovatie met ict en hun belangen en posities;',
    },
    {
      id: 'ORG-2',
      text: 'doorziet de samenhang tussen organisatieontwikkeling, onderwijsinnovatie, professionalisering en onderzoek;',
    },
    {
      id: 'ORG-3',
      text: 'heeft zicht op de didactische waarde van ict in het onderwijs en de implicaties ervan voor de organisatie van het onderwijs;',
    },
    {
      id: 'ORG-4',
      text: 'legt actief verbindingen tussen (uitkomsten van) onderzoek, onderwijspraktijk en beleid, op operationeel, tactisch en strategisch niveau;',
    },
    {
      id: 'ORG-5',
      text: 'kan behoeften en vraagstukken op het gebied van onderwijsinnovatie met ict vanuit verschillende perspectieven benaderen en (helpen) articuleren;',
    },
    {
      id: 'ORG-6',
      text: 'kan (gevraagd en ongevraagd) advies geven over onderwijsinnovatie met ict in diverse lagen van de organisatie.',
    },
  ],
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
  items: [
    { id: 'OND-1', text: 'heeft zicht op de didactische waarde van ict in het onderwijs;' },
    {
      id: 'OND-2',
      text: 'kan behoeften en vraagstukken van docenten(teams) op het gebied van onderwijsinnovatie met ict (helpen) articuleren;',
    },
    {
      id: 'OND-3',
      text: 'kan ondersteunen bij het evidence-informed (her)ontwerpen van (blended, flexibele, eigentijdse) ict-rijke curricula en doorziet de implicaties ervan voor de organisatie van het onderwijs;',
    },
    {
      id: 'OND-4',
      text: "inspireert en enthousiasmeert collega's, rekening houdend met individuele verschillen, talenten en behoeften, ten aanzien van onderwijsontwikkeling met ict;",
    },
    { id: 'OND-5', text: 'is in staat om docenten(teams) te coachen en is laagdrempelig benaderbaar;' },
    { id: 'OND-6', text: 'herkent weerstanden, overtuigingen en groepsdynamische patronen en speelt hierop in;' },
    {
      id: 'OND-7',
      text: 'kan (gevraagd en ongevraagd) onderbouwd advies geven over onderwijsinnovatie met ict ten behoeve van de doorontwikkeling van het onderwijs.',
    },
  ],
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
  items: [
    {
      id: 'PRF-1',
      text: 'heeft een diepgaand begrip van competenties voor onderwijsinnovatie met ict en kan onderwijsprofessionals begeleiden in hun ontwikkeling daarop;',
    },
    {
      id: 'PRF-2',
      text: 'kan vragen van onderwijsprofessionals ten aanzien van onderwijsinnovatie met ict ophalen en uitdiepen en helpen bij het vertalen naar professionaliseringsvragen;',
    },
    { id: 'PRF-3', text: 'maakt docenten wegwijs in bestaande professionaliseringsmogelijkheden en -bronnen;' },
    {
      id: 'PRF-4',
      text: 'is in staat om effectieve professionaliseringstrajecten op maat te ontwikkelen, uit te voeren en te evalueren;',
    },
    {
      id: 'PRF-5',
      text: 'herkent weerstanden, overtuigingen en groepsdynamische patronen en speelt hier effectief op in;',
    },
    { id: 'PRF-6', text: 'is in staat om eigenaarschap voor de eigen competentieontwikkeling te stimuleren.' },
  ],
};

export const HAN: Profile = {
  id: 'han',
  title: 'Competentieprofiel ict-onderwijsondersteuners',
  year: 2025,
  source:
    'Uerz, D., van Zanten, M., van Rooij, P., Kral, M. (2025) Competentieprofiel ict-onderwijsondersteuners. ' +
    'HAN University of Applied Sciences, in samenwerking met de Gelderse ProfessionaliseringsAgenda.',
  licence: 'CC BY-NC 4.0',
  areas: [
    DIGITAAL_GELETTERD,
    PROFESSIONEEL_HANDELEN,
    ORGANISATIEONTWIKKELING,
    ONDERWIJSONTWIKKELING,
    PROFESSIONALISERING,
  ],
};
