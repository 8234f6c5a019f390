// Npuls competentiegebied adviseur (seed 000, tabel 3): strategisch en praktisch (onderbouwd) adviseren.
import type { ProfileArea } from '../../model';

export const ADVISEUR: ProfileArea = {
  id: 'adviseur',
  code: 'ADV',
  name: 'Strategisch en praktisch (onderbouwd) adviseren',
  role: 'Adviseur',
  aliases: ['Strategisch en praktisch onderbouwd adviseren', 'Strategisch en praktisch adviseren'],
  description:
    'De adviseur brengt expertise in op het snijvlak van onderwijsbeleid, innovatie en praktijk. Dit ' +
    'competentiegebied richt zich op het analyseren van ontwikkelingen, het afwegen van belangen en het ' +
    'formuleren van haalbare, evidence informed adviezen die bijdragen aan toekomstgericht onderwijs. De ' +
    'adviseur beweegt zich moeiteloos tussen strategisch, tactisch en operationeel niveau en weet inhoudelijke, ' +
    'procesmatige en relationele aspecten te verbinden. De adviseur is essentieel voor het vertalen van ' +
    'abstracte visies en beleidsdoelen naar concrete keuzes, scenario’s en implementatiestrategieën. Deze rol ' +
    'vraagt om scherpe analyse, zorgvuldige communicatie en het vermogen om te schakelen tussen perspectieven.',
  scope: 'network',
  items: [
    {
      id: 'ADV-K1',
      type: 'K',
      text: 'Kennis van onderwijsinnovatie, inclusief relevante ICT-toepassingen en digitale trends',
    },
    { id: 'ADV-K2', type: 'K', text: 'Kennis van verandermodellen, implementatiestrategieën en veranderprocessen' },
    { id: 'ADV-K3', type: 'K', text: 'Kennis van actoren, belangen en posities in organisaties.' },
    { id: 'ADV-K4', type: 'K', text: 'Kennis van relevante methoden voor behoefteanalyse en belangenafweging.' },
    { id: 'ADV-K5', type: 'K', text: 'Herkent ontwikkelingen binnen het vervolgonderwijs.' },
    { id: 'ADV-K6', type: 'K', text: 'Kent methoden voor procesanalyse en continue verbetering.' },
    {
      id: 'ADV-V1',
      type: 'V',
      text: 'Onderwijsinnovatie adviseren en begeleiden, waarbij technologie als versterkend middel wordt ingezet.',
    },
    { id: 'ADV-V2', type: 'V', text: 'Trends en ontwikkelingen in onderwijs en ICT signaleren en daarop anticiperen.' },
    {
      id: 'ADV-V3',
      type: 'V',
      text: 'Stakeholders, hun belangen en dynamiek analyseren; conflicten en krachtenvelden herkennen.',
    },
    { id: 'ADV-V4', type: 'V', text: 'Behoefteanalyses uitvoeren en vraagstukken helder formuleren.' },
    {
      id: 'ADV-V5',
      type: 'V',
      text: 'Adviezen onderbouwen met praktijkkennis en evidence-informed (onderwijs)onderzoek.',
    },
    { id: 'ADV-V6', type: 'V', text: 'Bijdragen aan de analyse van veranderprocessen en het inschatten van impact' },
    {
      id: 'ADV-V7',
      type: 'V',
      text: 'Toepassen van passende verandermethodes met oog voor weerstand en succesfactoren.',
    },
    { id: 'ADV-V8', type: 'V', text: 'Procesverbeteringen signaleren en implementaties ondersteunen' },
    {
      id: 'ADV-V9',
      type: 'V',
      text: 'Informatie helder en begrijpelijk overbrengen, zowel mondeling als schriftelijk.',
    },
    { id: 'ADV-V10', type: 'V', text: 'Scenario’s en toekomstverkenningen opstellen op basis van beleidstrends' },
    { id: 'ADV-A1', type: 'A', text: 'Proactieve, oplossingsgerichte en resultaatgerichte houding.' },
    { id: 'ADV-A2', type: 'A', text: 'Reflectief, open voor feedback en lerend ingesteld' },
    { id: 'ADV-A3', type: 'A', text: 'Analytisch en kritisch, met oog voor nuance.' },
    { id: 'ADV-A4', type: 'A', text: 'Staat open voor verschillende adviesstijlen en past deze aan op de situatie.' },
    { id: 'ADV-A5', type: 'A', text: 'Zorgvuldig in analyse, afweging en rapportage' },
    { id: 'ADV-A6', type: 'A', text: 'Mensgericht en verbindend in samenwerking met stakeholders' },
    { id: 'ADV-A7', type: 'A', text: 'Communicatief sterk, gericht op vertrouwen en transparantie' },
  ],
};
