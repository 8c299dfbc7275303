import {
  type ProgrammeSnapshot,
  type SnapshotSession,
  COUNTIES,
  conferencePaths,
  evaluationPaths,
  sessionEndsAt,
  type CountyCode,
  meetingPaths,
  networkPaths,
  organisationPaths,
  osloLocalTime,
  osloOffsetMinutes,
  pathTo,
  practicePaths,
  shellPaths,
} from '@knutepunkt/domain';
import type { Outputs } from '../trpc.ts';

/**
 * schema.org structured data (JSON-LD) for the pages where a type fits, so search engines can
 * show an organisation or an example for what it is. Built from the data the page shows, never
 * more; each takes the site's address, since schema.org wants absolute URLs.
 */

type JsonLd = Record<string, unknown>;
type Organisation = Outputs['organisations']['bySlug'];
type Network = Outputs['networks']['bySlug'];
type Example = Outputs['practice']['bySlug'];

const CONTEXT = 'https://schema.org';

function countyName(code: string | null): string | undefined {
  return code && code in COUNTIES ? COUNTIES[code as CountyCode] : undefined;
}

export function websiteJsonLd(name: string, description: string) {
  return (origin: string): JsonLd => ({
    '@context': CONTEXT,
    '@type': 'WebSite',
    name,
    description,
    url: `${origin}${shellPaths.web.home}`,
    inLanguage: ['nb', 'nn', 'en'],
  });
}

export function organisationJsonLd(org: Organisation) {
  return (origin: string): JsonLd => ({
    '@context': CONTEXT,
    '@type': org.type === 'MUNICIPALITY' ? 'GovernmentOrganization' : 'Organization',
    name: org.name,
    url: `${origin}${pathTo(organisationPaths.web.organisation, { slug: org.slug })}`,
    ...(org.description ? { description: org.description } : {}),
    ...(org.website ? { sameAs: [org.website] } : {}),
    ...(org.email ? { email: org.email } : {}),
    ...(org.phone ? { telephone: org.phone } : {}),
    ...(org.municipality || org.county
      ? {
          address: {
            '@type': 'PostalAddress',
            addressCountry: 'NO',
            ...(org.municipality ? { addressLocality: org.municipality } : {}),
            ...(countyName(org.county) ? { addressRegion: countyName(org.county) } : {}),
          },
        }
      : {}),
  });
}

export function networkJsonLd(network: Network) {
  return (origin: string): JsonLd => ({
    '@context': CONTEXT,
    '@type': 'Organization',
    name: network.name,
    url: `${origin}${pathTo(networkPaths.web.network, { slug: network.slug })}`,
    ...(network.description ? { description: network.description } : {}),
    member: network.members.map((m) => ({
      '@type': 'Organization',
      name: m.name,
      url: `${origin}${pathTo(organisationPaths.web.organisation, { slug: m.slug })}`,
    })),
  });
}

/** An example is an article its organisation published: headline, summary, dates, language, publisher. */
export function exampleJsonLd(example: Example) {
  return (origin: string): JsonLd => {
    const publisher = {
      '@type': 'Organization',
      name: example.organisation.name,
      url: `${origin}${pathTo(organisationPaths.web.organisation, { slug: example.organisation.slug })}`,
    };
    return {
      '@context': CONTEXT,
      '@type': 'Article',
      headline: example.content.title,
      ...(example.content.summary ? { abstract: example.content.summary } : {}),
      inLanguage: example.content.language,
      url: `${origin}${pathTo(practicePaths.web.example, { slug: example.slug })}`,
      ...(example.firstPublishedAt ? { datePublished: example.firstPublishedAt } : {}),
      ...(example.lastPublishedAt ? { dateModified: example.lastPublishedAt } : {}),
      author: publisher,
      publisher,
      keywords: [...example.content.chime, ...example.content.themes].join(', '),
    };
  };
}

type Meeting = Outputs['meetings']['bySlug'];

const ATTENDANCE_MODE = {
  in_person: 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** "2031-05-20T09:00:00+02:00": the instant as Oslo's wall-clock time with its offset (time/oslo.ts). */
export function osloIso(iso: string | Date): string {
  const instant = new Date(iso);
  const l = osloLocalTime(instant);
  const offset = osloOffsetMinutes(instant);
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const sign = offset < 0 ? '-' : '+';
  return `${pad(l.year, 4)}-${pad(l.month)}-${pad(l.day)}T${pad(l.hour)}:${pad(l.minute)}:${pad(l.second)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}

/**
 * A network meeting is an Event: its times with Oslo's offset, whether it happens (or was
 * cancelled), where (a Place, a VirtualLocation, or both), and the network as organizer. Never
 * the video link: the page shows it only to those with a seat, and structured data is for all.
 */
export function meetingJsonLd(meeting: Meeting) {
  return (origin: string): JsonLd => {
    const url = `${origin}${pathTo(meetingPaths.web.meeting, { slug: meeting.slug })}`;
    const place = {
      '@type': 'Place',
      name: meeting.venueName ?? meeting.venueAddress ?? meeting.title,
      ...(meeting.venueAddress
        ? { address: { '@type': 'PostalAddress', streetAddress: meeting.venueAddress, addressCountry: 'NO' } }
        : {}),
    };
    const virtual = { '@type': 'VirtualLocation', url };
    const location = meeting.mode === 'online' ? virtual : meeting.mode === 'hybrid' ? [place, virtual] : place;
    return {
      '@context': CONTEXT,
      '@type': 'Event',
      name: meeting.title,
      url,
      inLanguage: meeting.language,
      startDate: osloIso(meeting.startsAt),
      endDate: osloIso(meeting.endsAt),
      eventStatus:
        meeting.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
      eventAttendanceMode: ATTENDANCE_MODE[meeting.mode],
      location,
      organizer: {
        '@type': 'Organization',
        name: meeting.network.name,
        url: `${origin}${pathTo(networkPaths.web.network, { slug: meeting.network.slug })}`,
      },
      ...(meeting.capacity !== null && meeting.seatsLeft !== null
        ? { maximumAttendeeCapacity: meeting.capacity, remainingAttendeeCapacity: meeting.seatsLeft }
        : {}),
    };
  };
}

/**
 * A conference session is an Event (docs/adr/0023): its times with Oslo's offset, the room at
 * the venue, its speakers as performers, its language, the edition's organisers. From the
 * published snapshot only, as the page shows it.
 */
export function conferenceSessionJsonLd(snapshot: ProgrammeSnapshot, session: SnapshotSession) {
  return (origin: string): JsonLd => {
    const { edition } = snapshot;
    const room = snapshot.rooms.find((r) => r.guid === session.roomGuid);
    const speakers = session.speakers.flatMap((n) => snapshot.speakers.find((sp) => sp.number === n) ?? []);
    const organisers = snapshot.partners.filter((p) => p.role === 'organiser');
    const organisation = (o: { name: string; slug: string }) => ({
      '@type': 'Organization',
      name: o.name,
      url: `${origin}${pathTo(organisationPaths.web.organisation, { slug: o.slug })}`,
    });
    return {
      '@context': CONTEXT,
      '@type': 'Event',
      name: session.title,
      url: `${origin}${pathTo(conferencePaths.web.session, { slug: edition.slug, number: String(session.number) })}`,
      inLanguage: session.language,
      startDate: osloIso(session.startsAt),
      endDate: osloIso(sessionEndsAt(session)),
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: session.streamed
        ? 'https://schema.org/MixedEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: [room?.name, edition.venueName].filter(Boolean).join(', '),
        ...(edition.venueAddress
          ? { address: { '@type': 'PostalAddress', streetAddress: edition.venueAddress, addressCountry: 'NO' } }
          : {}),
      },
      ...(speakers.length > 0
        ? {
            performer: speakers.map((sp) => ({
              '@type': 'Person',
              name: sp.name,
              url: `${origin}${pathTo(conferencePaths.web.speaker, { slug: edition.slug, number: String(sp.number) })}`,
            })),
          }
        : {}),
      ...(organisers.length > 0 ? { organizer: organisers.map(organisation) } : {}),
      superEvent: {
        '@type': 'Event',
        name: edition.title,
        url: `${origin}${pathTo(conferencePaths.web.edition, { slug: edition.slug })}`,
      },
    };
  };
}

type EvaluationReport = Outputs['evaluations']['report']['report'];

/** A published Bruker Spør Bruker report (docs/adr/0025): schema.org Report, from the frozen report only. */
export function evaluationReportJsonLd(report: EvaluationReport, slug: string) {
  return (origin: string): JsonLd => ({
    '@context': CONTEXT,
    '@type': 'Report',
    headline: report.title,
    inLanguage: report.language,
    url: `${origin}${pathTo(evaluationPaths.web.report, { slug })}`,
    datePublished: report.publishedAt,
    ...(report.service ? { about: { '@type': 'Organization', name: report.service } } : {}),
    ...(report.centre ? { author: { '@type': 'Organization', name: report.centre } } : {}),
  });
}
