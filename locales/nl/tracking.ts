/** Interface text of the tracking notice (Dutch, as used in Flanders). */
import type { Messages } from '../messages.ts';
import type { tracking as source } from '../en/tracking.ts';

export const tracking: Messages<typeof source> = {
  savedOnDevice: 'Je kunt gewoon verderwerken. Je voortgang wordt op dit toestel bewaard en doorgestuurd zodra er weer verbinding is.',
  sent: 'De verbinding is hersteld en je voortgang is doorgestuurd.',
  refused: 'Je leerplatform heeft een deel van je voortgang niet aanvaard. Dat deel blijft op dit toestel bewaard. Lijken je resultaten onvolledig, laat het dan weten aan je begeleider.',
  thisTabRecords: 'Deze opleiding staat ook in een ander tabblad open. Dit tabblad blijft je voortgang bewaren, dus het andere mag je sluiten.',
  otherTabRecords: 'Deze opleiding staat al in een ander tabblad open, en dat tabblad bewaart je voortgang. Wat je hier doet, wordt niet bewaard: werk verder in het andere tabblad en sluit dit.',
  otherTabClosed: 'Het andere tabblad met deze opleiding is gesloten. Laad deze pagina opnieuw, dan werk je hier verder en wordt je voortgang weer bewaard.',
  reload: 'Pagina opnieuw laden',
  dismiss: 'Melding verbergen',
};
