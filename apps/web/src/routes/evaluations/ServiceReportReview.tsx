/** A section of ServicePage, written by its part of the module (docs/adr/0025). */
export function ServiceReportReview(_props: { evaluationId: string }) {
  return null;
}
