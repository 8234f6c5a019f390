// Npuls competentiegebied bruggenbouwer (seed 000, tabel 2): verbinden over grenzen heen.
import type { ProfileArea } from '../../model';
import { kvaItems } from '../items';

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
  items: kvaItems('BRU', {
    K: [
      'Weet hoe samenwerking over grenzen werkt',
      'Begrip van verschillende vakgebieden, culturen en hoe organisaties denken en werken.',
      'Begrip van evidence-informed onderwijsinnovatie, technologische ontwikkelingen en de contextuele kansen en beperkingen daarvan.',
      'Kent manieren om effectief samen te werken in netwerken of met verschillende belanghebbenden.',
      'Begrip van communicatievormen, analysemodellen en strategische dynamieken binnen en tussen organisaties.',
      'Is bekend met digitale samenwerkingstools en hoe deze effectief kunnen worden ingezet voor kennisdeling en netwerkvorming.',
    ],
    V: [
      'Herkent verschillen in perspectieven, belangen en werkwijzen, en weet deze doelgericht te benutten.',
      'Past kennis aan en vertaalt deze naar nieuwe situaties en contexten.',
      'Werkt effectief samen en communiceert in interdisciplinaire en interculturele omgevingen.',
      'Verbindt en integreert uiteenlopende of tegenstrijdige informatie tot bruikbare inzichten en oplossingen.',
      'Gebruikt digitale tools bewust en doelgericht ter versterking van samenwerking, kennisdeling en leeromgevingen.',
      'Initieert en begeleidt netwerken, leergemeenschappen en samenwerkingen tussen teams of instellingen met verschillende achtergronden.',
    ],
    A: [
      'Zet zich in om mensen, ideeën en werelden met elkaar te verbinden.',
      'Zet zich actief in voor inclusieve samenwerking en kennisdeling.',
      'Staat open voor andere ideeën en manieren van werken.',
      'Waardeert verschillen in denken, doen en cultuur.',
      'Is nieuwsgierig en wil blijven leren over complexe vraagstukken.',
      'Blijft flexibel en veerkrachtig, ook bij spanning of onzekerheid.',
      'Staat open voor reflectie en leert graag van anderen.',
      'Denkt scherp, en heeft oog voor heldere communicatie.',
      'Heeft vertrouwen in het eigen vermogen om samenwerking op gang te brengen.',
    ],
  }),
};
