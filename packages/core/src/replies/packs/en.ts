import { type LanguagePack, twoDigits, unitText } from "./pack.ts";

/** English. */
export const en: LanguagePack = {
  locale: "en",
  within: (ms) =>
    `within ${unitText("en", ms, { minute: { one: "minute", other: "minutes" }, hour: { one: "hour", other: "hours" }, day: { one: "day", other: "days" } })}`,
  by: ({ weekday, hour, minute }) => `by ${weekday} ${twoDigits(hour)}:${twoDigits(minute)}`,
  nameless: [[/\b(Hi|Hey|Hello) \{firstName\}/g, "$1 there"]],
  nextSteps: {
    "acknowledge-complaint": "Someone from our care team will reply right here {answerTime}.",
    "acknowledge-question": "Someone from our team will answer right here {answerTime}.",
    "acknowledge-message": "Someone from our team will read it and reply right here {answerTime}.",
    "invite-private": "We've sent you a private message: reply there and our care team will pick it up {answerTime}.",
    "private-next-step":
      "Reply here with anything we should know, and someone from our care team will pick it up {answerTime}.",
    thank: "We'll pass your kind words on to the team.",
  },
  templates: {
    "acknowledge-complaint": [
      "Hi {firstName}, sorry to hear this[ – we know how frustrating it is]. {nextStep} {signature}",
      "Hi {firstName}, that sounds really frustrating[, and we're sorry you're dealing with it]. A member of our care team will get back to you here {answerTime}. {signature}",
      "Hey {firstName}, sorry this has been such a hassle[, and thanks for letting us know]. Our care team will look into it and reply right here {answerTime}. {signature}",
      "Hi {firstName}, we're sorry to hear that[, and we'd like to help sort it out]. You'll hear back from someone on our care team here {answerTime}. {signature}",
    ],
    "acknowledge-question": [
      "Hi {firstName}, thanks for your question! [We're happy to help. ]{nextStep} {signature}",
      "Hi {firstName}, good question[, thanks for asking]! Someone from our team will look into it and get back to you here {answerTime}. {signature}",
      "Hey {firstName}, thanks for getting in touch[, happy to help]! You'll get an answer from our team right here {answerTime}. {signature}",
    ],
    "acknowledge-message": [
      "Hi {firstName}, thanks for your message! [We've passed it on to our team. ]{nextStep} {signature}",
      "Hi {firstName}, thank you for getting in touch[, we appreciate it]. A member of our team will read your message and answer you here {answerTime}. {signature}",
      "Hey {firstName}, thanks for writing to us! [Your message is with our team. ]Someone will get back to you right here {answerTime}. {signature}",
    ],
    "invite-private": [
      "Hi {firstName}, sorry for the trouble[ – we'd like to help sort it out]. {nextStep} {signature}",
      "Hi {firstName}, sorry about this[, and thanks for letting us know]. We've sent you a private message so we can look into it together; our care team will reply there {answerTime}. {signature}",
      "Hey {firstName}, we're sorry you're dealing with this. We've sent you a private message[ so we can go through it with you]: just reply there and we'll get back to you {answerTime}. {signature}",
    ],
    "private-next-step": [
      "Hi {firstName}, [thanks for getting in touch, and ]sorry for the trouble. {nextStep} {signature}",
      "Hi {firstName}, sorry you've had this trouble. Feel free to share the details here[ – this chat is private]. Someone from our care team will reply {answerTime}. {signature}",
      "Hey {firstName}, we're sorry about this[ and we'd like to help]. Just reply with anything useful, and our care team will answer you in this chat {answerTime}. {signature}",
    ],
    thank: [
      "Thank you so much, {firstName}! We're really glad to hear it. [{nextStep} ]{signature}",
      "Thanks so much, {firstName}! That really made our day[, and we'll make sure the team sees it]. {signature}",
      "Hi {firstName}, thanks for the kind words! We'll pass them on to the team[: it means a lot to them]. {signature}",
    ],
  },
  deflections: [
    { label: "call us", pattern: "(?:call|phone|ring) us" },
    { label: "give us a call", pattern: "give us a (?:quick )?(?:call|ring)" },
    {
      label: "call our hotline",
      pattern:
        "(?:call|contact) (?:our|the) (?:hotline|helpline|call cent(?:er|re)|support line|customer (?:service|care|support) (?:line|number|team)|phone line)",
    },
    {
      label: "call customer service",
      pattern: "call (?:our |the )?(?:customer (?:service|care|support)|care team|support team)",
    },
    { label: "email us", pattern: "email us" },
    { label: "send us an email", pattern: "(?:send|drop|shoot|write) us an? (?:quick |short )?email" },
    {
      label: "contact us by phone or e-mail",
      pattern: "(?:contact|reach) us (?:by|via|on|over) (?:phone|telephone|email)",
    },
    {
      label: "visit our website",
      pattern: "(?:visit|check|go to) our (?:website|web site|help (?:center|centre)|support (?:site|page))",
    },
    { label: "contact form", pattern: "(?:our|the) (?:contact|web|online) form" },
    { label: "toll-free number", pattern: "toll free" },
  ],
};
