import { block, heading, richText } from './lexical'

export const pages = [
  {
    slug: 'about',
    title: 'About this archive',
    description: 'What Expo Archive is, what it covers and where its material comes from.',
    body: richText(
      'Expo Archive keeps the record of the Smart China Expo (SCE), the annual event on intelligent technology held in Chongqing, from its first edition in 2018 to 2022.',
      'For each year you will find the dates, where and how it was held, its theme, the organizations that hosted it and the activities on its programme, with the sources the facts come from.',
      heading('Where the material comes from'),
      'Apart from our own writing, articles and images here were gathered from the internet and from major news media. Their copyright stays with the original authors; see the disclaimer for how to ask us to remove something.',
      block('callToAction', {
        heading: 'Browse the editions',
        text: 'Five editions, from the first in-person expo to the online years.',
        linkLabel: 'See all editions',
        linkUrl: '/editions',
      }),
    ),
  },
  {
    slug: 'contact-us',
    title: 'Contact us',
    description: 'How to reach the people who keep Expo Archive, for questions, corrections and removal requests.',
    body: richText(
      'Questions, corrections and suggestions are welcome. We read every message and answer by email.',
      block('contactDetails', {
        heading: 'Write to us',
        note: 'Use the form so your message reaches the right person and is tracked until it is answered.',
      }),
      block('callToAction', {
        heading: 'Send a message',
        text: 'For general questions and corrections.',
        linkLabel: 'Open the contact form',
        linkUrl: '/contact',
      }),
      block('callToAction', {
        heading: 'Ask for content to be removed',
        text: 'If something here infringes your rights, tell us which page and why.',
        linkLabel: 'Request removal',
        linkUrl: '/removal-request',
      }),
    ),
  },
  {
    slug: 'disclaimer',
    title: 'Disclaimer',
    description: 'Where the content on Expo Archive comes from, and how rights holders can have it removed.',
    body: richText(
      'Unless a page is our own writing or says otherwise, the articles and images on this site were collected from the internet and from major news media. Copyright remains with their original authors and publishers.',
      'If you hold rights in something published here, or it concerns you, and you believe it should not be here, tell us. We review every request, can hide content while we look into it, and explain our decision.',
      block('callToAction', {
        heading: 'Request removal',
        text: 'Name the page, the material and the right concerned; we confirm receipt by email.',
        linkLabel: 'Start a removal request',
        linkUrl: '/removal-request',
      }),
    ),
  },
]
