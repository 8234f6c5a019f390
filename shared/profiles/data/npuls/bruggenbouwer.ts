// Npuls competentiegebied bruggenbouwer (seed 000, tabel 2): verbinden over grenzen heen.
import type { ProfileArea } from '../../model';

export const BRUGGENBOUWER: ProfileArea = {
  id: 'bruggenbouwer',
  code: 'BRU',
  name: 'Verbinden over grenzen heen',
  role: 'Bruggenbouwer',
  aliases: ['verbinder', 'boundary crosser'],
  description:
    'De Bruggenbouwer staat symbool voor de verbindende rol van docentondersteuners binnen complexe ' +
    'onderwijsorganisaties. In een context waar innovatie zich vaak afspeelt tussen afdelingen, disciplines en ' +
    'hiërarchische lagen, is het kunnen overbruggen van verschillen essentieel. Dit competentiegebied gaat ' +
    'verder dan simpelweg ‘goed kunnen samenwerken’. Het draait om het bouwen van relaties, gedeeld begrip en ' +
    'gedeelde doelen over formele en informele grenzen heen.\n\n' +
    'Bruggenbouwers maken innovatie mogelijk door spanningsvelden bespreekbaar te maken, verschillen in taal en ' +
    'cultuur te overbruggen en netwerkvorming te stimuleren. Zij spelen een sleutelrol in het laten landen van ' +
    'abstracte beleidsambities in concrete onderwijspraktijken. Door actief verbinding te leggen tussen ' +
    'individuele docenten, onderwijsteams en beleidsmakers, bevorderen zij een cultuur van samenwerking en ' +
    'wederzijds begrip.',
  scope: 'network',
  items: [
    { id: 'BRU-K1', type: 'K', text: 'Weet hoe samenwerking over grenzen werkt' },
    {
      id: 'BRU-K2',
      type: 'K',
      text: 'Begrip van verschillende vakgebieden, culturen en hoe organisaties denken en werken.',
    },
    {
      id: 'BRU-K3',
      type: 'K',
      text: 'Begrip van evidence-informed onderwijsinnovatie, technologische ontwikkelingen en de contextuele kansen en beperkingen daarvan.',
    },
    {
      id: 'BRU-K4',
      type: 'K',
      text: 'Kent manieren om effectief samen te werken in netwerken of met verschillende belanghebbenden.',
    },
    {
      id: 'BRU-K5',
      type: 'K',
      text: 'Begrip van communicatievormen, analysemodellen en strategische dynamieken binnen en tussen organisaties.',
    },
    {
      id: 'BRU-K6',
      type: 'K',
      text: 'Is bekend met digitale samenwerkingstools en hoe deze effectief kunnen worden ingezet voor kennisdeling en netwerkvorming.',
    },
    {
      id: 'BRU-V1',
      type: 'V',
      text: 'Herkent verschillen in perspectieven, belangen en werkwijzen, en weet deze doelgericht te benutten.',
    },
    { id: 'BRU-V2', type: 'V', text: 'Past kennis aan en vertaalt deze naar nieuwe situaties en contexten.' },
    {
      id: 'BRU-V3',
      type: 'V',
      text: 'Werkt effectief samen en communiceert in interdisciplinaire en interculturele omgevingen.',
    },
    {
      id: 'BRU-V4',
      type: 'V',
      text: 'Verbindt en integreert uiteenlopende of tegenstrijdige informatie tot bruikbare inzichten en oplossingen.',
    },
    {
      id: 'BRU-V5',
      type: 'V',
      text: 'Gebruikt digitale tools bewust en doelgericht ter versterking van samenwerking, kennisdeling en leeromgevingen.',
    },
    {
      id: 'BRU-V6',
      type: 'V',
      text: 'Initieert en begeleidt netwerken, leergemeenschappen en samenwerkingen tussen teams of instellingen met verschillende achtergronden.',
    },
    { id: 'BRU-A1', type: 'A', text: 'Zet zich in om mensen, ideeën en werelden met elkaar te verbinden.' },
    { id: 'BRU-A2', type: 'A', text: 'Zet zich actief in voor inclusieve samenwerking en kennisdeling.' },
    { id: 'BRU-A3', type: 'A', text: 'Staat open voor andere ideeën en manieren van werken.' },
    { id: 'BRU-A4', type: 'A', text: 'Waardeert verschillen in denken, doen en cultuur.' },
    { id: 'BRU-A5', type: 'A', text: 'Is nieuwsgierig en wil blijven leren over complexe vraagstukken.' },
    { id: 'BRU-A6', type: 'A', text: 'Blijft flexibel en veerkrachtig, ook bij spanning of onzekerheid.' },
    { id: 'BRU-A7', type: 'A', text: 'Staat open voor reflectie en leert graag van anderen.' },
    { id: 'BRU-A8', type: 'A', text: 'Denkt scherp, en heeft oog voor heldere communicatie.' },
    { id: 'BRU-A9', type: 'A', text: 'Heeft vertrouwen in het eigen vermogen om samenwerking op gang te brengen.' },
  ],
};
