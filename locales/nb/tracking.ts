/** Interface text of the tracking notice (Norwegian bokmål). */
import type { Messages } from '../messages.ts';
import type { tracking as source } from '../en/tracking.ts';

export const tracking: Messages<typeof source> = {
  savedOnDevice: 'Du kan jobbe videre som vanlig. Framdriften din lagres på denne enheten og sendes så snart du er på nett igjen.',
  sent: 'Du er på nett igjen, og framdriften din er sendt.',
  refused: 'Læringsplattformen tok ikke imot en del av framdriften din. Den delen er lagret på denne enheten. Ser resultatene dine ufullstendige ut, si fra til kursholderen.',
  thisTabRecords: 'Kurset er også åpent i en annen fane. Det er denne fanen som lagrer framdriften din, så du kan lukke den andre.',
  otherTabRecords: 'Kurset er allerede åpent i en annen fane, og det er den som lagrer framdriften din. Det du gjør her, blir ikke lagret: fortsett i den andre fanen og lukk denne.',
  otherTabClosed: 'Den andre fanen med kurset er lukket. Last inn denne siden på nytt, så kan du fortsette her og få lagret framdriften din.',
  reload: 'Last inn siden på nytt',
  dismiss: 'Skjul meldingen',
};
