import { ApiError, createCaseworkerClient } from '@mentor/caseworker-client';

// Another system (say, the jobcenter's case system) lists the follow-ups due and records one.
// GATEWAY_URL=http://localhost:4000/graphql TOKEN=$(npm run --silent token -- --demo caseworker) \
//   node clients/caseworker-client/dist/examples/follow-ups-due.js
const client = createCaseworkerClient({ url: process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql', token: process.env.TOKEN ?? '' });

const due = await client.dueList();
for (const order of due.followUpsDue) {
  process.stdout.write(`${order.reference}  ${order.youth?.firstName} ${order.youth?.lastName}  follow-up due ${order.followUpDue}\n`);
}

const first = due.followUpsDue[0];
if (first) {
  try {
    await client.recordFollowUp({
      orderId: first.id,
      date: new Date().toISOString().slice(0, 10),
      statusAssessment: 'Møder stabilt op i skolen.',
      progression: 'SOME',
      nextStep: 'Næste opfølgning om 13 uger.',
    });
  } catch (error) {
    // BAD_USER_INPUT names the field and the rule it broke; CONFLICT means someone else was first.
    if (error instanceof ApiError) process.stderr.write(`${error.code} ${error.field ?? ''} ${error.rule ?? ''}: ${error.message} (request ${error.requestId})\n`);
    else throw error;
  }
}
