// Npuls competentiegebied innovator (seed 000, tabel 6): richting geven aan onderwijsvernieuwing.
import type { ProfileArea } from '../../model';

export const INNOVATOR: ProfileArea = {
  id: 'innovator',
  code: 'INN',
  name: 'Richting geven aan onderwijsvernieuwing',
  role: 'Innovator',
  aliases: ['Onderwijsvernieuwing richting geven'],
  description:
    'De innovator is de docentondersteuner die signalen, (technologische) trends en behoeften omzet in ' +
    'richtinggevende vernieuwing. Dit competentiegebied combineert visie met realisme en weet complexe ' +
    'maatschappelijke, technologische en onderwijskundige ontwikkelingen te vertalen naar concrete kansen voor ' +
    'toekomstgericht onderwijs. De innovator beweegt zich strategisch op het snijvlak van beleid, praktijk en ' +
    'technologie. Innovators helpen teams en instellingen om niet alleen te reageren op ontwikkelingen, maar ' +
    'deze proactief vorm te geven. Ze inspireren, bouwen netwerken en dragen bij aan een cultuur waarin ' +
    'vernieuwing normaal wordt. Ze lopen voorop in digitale geletterdheid en zetten hun vaardigheden effectief ' +
    'in.',
  scope: 'network',
  items: [
    {
      id: 'INN-K1',
      type: 'K',
      text: 'Kennis van edtech-trends, digitale transformatie en hun implicaties voor het onderwijs.',
    },
    {
      id: 'INN-K2',
      type: 'K',
      text: 'Kennis van onderwijskundige en pedagogische principes, in relatie tot innovatie.',
    },
    { id: 'INN-K3', type: 'K', text: 'Kennis van innovatieprocessen, verandermanagement, en beleidsontwikkeling.' },
    {
      id: 'INN-K4',
      type: 'K',
      text: 'Kennis van strategische doelen en publieke waarden (zoals inclusiviteit, toegankelijkheid en duurzaamheid) in relatie tot maatschappelijke onderwijsvraagstukken en onderwijsvernieuwing.',
    },
    {
      id: 'INN-K5',
      type: 'K',
      text: 'Kennis van scenario-ontwikkeling, visievorming en de rol van organisatiecultuur daarin.',
    },
    {
      id: 'INN-K6',
      type: 'K',
      text: 'Kennis van digitale geletterdheid (bijvoorbeeld DigCompEdu) en de rol daarvan bij onderwijsinnovatie.',
    },
    {
      id: 'INN-K7',
      type: 'K',
      text: 'Kennis van digitale technologieën, tools en platforms die duurzame en inclusieve onderwijsvernieuwing ondersteunen.',
    },
    {
      id: 'INN-K8',
      type: 'K',
      text: 'Kennis van datagedreven werken en de mogelijkheden van data en technologie om innovatie te onderbouwen en te monitoren.',
    },
    {
      id: 'INN-V1',
      type: 'V',
      text: 'Signaleert en analyseert ontwikkelingen en vertaalt deze naar concrete evidence informed innovatievoorstellen.',
    },
    {
      id: 'INN-V2',
      type: 'V',
      text: 'Initieert en adviseert over innovatieprojecten die beleid, praktijk en technologie verbinden.',
    },
    {
      id: 'INN-V3',
      type: 'V',
      text: 'Ontwikkelt scenario’s en visies voor toekomstgericht onderwijs, geïnspireerd door o.a. ontwerpgericht denken (zoals design thinking), praktijkinzichten, wetenschappelijke kennis én houdt rekening met de publieke waarden.',
    },
    {
      id: 'INN-V4',
      type: 'V',
      text: 'Faciliteert dialoog en betrokkenheid van stakeholders binnen verschillende lagen van de organisatie.',
    },
    {
      id: 'INN-V5',
      type: 'V',
      text: 'Stimuleert samenwerking en eigenaarschap binnen teams rond goed onderbouwde innovatie.',
    },
    {
      id: 'INN-V6',
      type: 'V',
      text: 'Bewaakt de haalbaarheid, impact, kwaliteit en duurzaamheid van onderwijsvernieuwing in lijn met instellingsdoelen.',
    },
    {
      id: 'INN-V7',
      type: 'V',
      text: 'Gebruikt digitale technologie en tools effectief bij het ontwikkelen en realiseren van onderwijsinnovatie.',
    },
    {
      id: 'INN-V8',
      type: 'V',
      text: 'Stimuleert digitale geletterdheid en digitaal bekwaam handelen bij docenten en overige onderwijsprofessionals',
    },
    {
      id: 'INN-V9',
      type: 'V',
      text: 'Benut digitale middelen en data om innovatieprocessen te ondersteunen en te monitoren.',
    },
    {
      id: 'INN-V10',
      type: 'V',
      text: 'Verbindt technologische mogelijkheden met onderwijskundige en maatschappelijke doelen.',
    },
    { id: 'INN-A1', type: 'A', text: 'Is nieuwsgierig, toekomstgericht en visiegedreven.' },
    { id: 'INN-A2', type: 'A', text: 'Toont lef, ondernemerschap en strategisch denkvermogen.' },
    { id: 'INN-A3', type: 'A', text: 'Werkt verbindend en betrekt belanghebbenden bij innovatieprocessen.' },
    { id: 'INN-A4', type: 'A', text: 'Is empathisch en heeft oog voor context, cultuur en veranderbereidheid.' },
    { id: 'INN-A5', type: 'A', text: 'Toegewijd aan duurzame en waardevolle verbetering van de onderwijspraktijk' },
    {
      id: 'INN-A6',
      type: 'A',
      text: 'Handelt digitaal competent en met verantwoordelijkheidsbesef bij het gebruik van technologie.',
    },
    {
      id: 'INN-A7',
      type: 'A',
      text: 'Neemt een voorbeeldrol in het verantwoord en effectief gebruik van digitale technologie.',
    },
    { id: 'INN-A8', type: 'A', text: 'Toont eigenaarschap in het ontwikkelen en toepassen van digitale vaardigheden.' },
  ],
};
