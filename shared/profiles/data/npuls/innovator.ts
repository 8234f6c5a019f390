// Npuls competentiegebied innovator (seed 000, tabel 6): richting geven aan onderwijsvernieuwing.
import type { ProfileArea } from '../../model';
import { kvaItems } from '../items';

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
  items: kvaItems('INN', {
    K: [
      'Kennis van edtech-trends, digitale transformatie en hun implicaties voor het onderwijs.',
      'Kennis van onderwijskundige en pedagogische principes, in relatie tot innovatie.',
      'Kennis van innovatieprocessen, verandermanagement, en beleidsontwikkeling.',
      'Kennis van strategische doelen en publieke waarden (zoals inclusiviteit, toegankelijkheid en duurzaamheid) in relatie tot maatschappelijke onderwijsvraagstukken en onderwijsvernieuwing.',
      'Kennis van scenario-ontwikkeling, visievorming en de rol van organisatiecultuur daarin.',
      'Kennis van digitale geletterdheid (bijvoorbeeld DigCompEdu) en de rol daarvan bij onderwijsinnovatie.',
      'Kennis van digitale technologieën, tools en platforms die duurzame en inclusieve onderwijsvernieuwing ondersteunen.',
      'Kennis van datagedreven werken en de mogelijkheden van data en technologie om innovatie te onderbouwen en te monitoren.',
    ],
    V: [
      'Signaleert en analyseert ontwikkelingen en vertaalt deze naar concrete evidence informed innovatievoorstellen.',
      'Initieert en adviseert over innovatieprojecten die beleid, praktijk en technologie verbinden.',
      'Ontwikkelt scenario’s en visies voor toekomstgericht onderwijs, geïnspireerd door o.a. ontwerpgericht denken (zoals design thinking), praktijkinzichten, wetenschappelijke kennis én houdt rekening met de publieke waarden.',
      'Faciliteert dialoog en betrokkenheid van stakeholders binnen verschillende lagen van de organisatie.',
      'Stimuleert samenwerking en eigenaarschap binnen teams rond goed onderbouwde innovatie.',
      'Bewaakt de haalbaarheid, impact, kwaliteit en duurzaamheid van onderwijsvernieuwing in lijn met instellingsdoelen.',
      'Gebruikt digitale technologie en tools effectief bij het ontwikkelen en realiseren van onderwijsinnovatie.',
      'Stimuleert digitale geletterdheid en digitaal bekwaam handelen bij docenten en overige onderwijsprofessionals',
      'Benut digitale middelen en data om innovatieprocessen te ondersteunen en te monitoren.',
      'Verbindt technologische mogelijkheden met onderwijskundige en maatschappelijke doelen.',
    ],
    A: [
      'Is nieuwsgierig, toekomstgericht en visiegedreven.',
      'Toont lef, ondernemerschap en strategisch denkvermogen.',
      'Werkt verbindend en betrekt belanghebbenden bij innovatieprocessen.',
      'Is empathisch en heeft oog voor context, cultuur en veranderbereidheid.',
      'Toegewijd aan duurzame en waardevolle verbetering van de onderwijspraktijk',
      'Handelt digitaal competent en met verantwoordelijkheidsbesef bij het gebruik van technologie.',
      'Neemt een voorbeeldrol in het verantwoord en effectief gebruik van digitale technologie.',
      'Toont eigenaarschap in het ontwikkelen en toepassen van digitale vaardigheden.',
    ],
  }),
};
