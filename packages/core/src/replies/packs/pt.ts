import { type LanguagePack, twoDigits, unitText } from "./pack.ts";

/** Portuguese. */
export const pt: LanguagePack = {
  locale: "pt",
  within: (ms) =>
    `em até ${unitText("pt", ms, { minute: { one: "minuto", other: "minutos" }, hour: { one: "hora", other: "horas" }, day: { one: "dia", other: "dias" } })}`,
  by: ({ weekday, hour, minute }) =>
    `até ${weekday} ${hour === 1 ? "à" : "às"} ${hour}h${minute === 0 ? "" : twoDigits(minute)}`,
  nextSteps: {
    "acknowledge-complaint": "Uma pessoa da nossa equipe de atendimento vai te responder por aqui {answerTime}.",
    "acknowledge-question": "Uma pessoa da nossa equipe vai te responder por aqui {answerTime}.",
    "acknowledge-message": "Uma pessoa da nossa equipe vai ler e te responder por aqui {answerTime}.",
    "invite-private":
      "Enviamos uma mensagem privada para você: é só responder por lá, e nossa equipe continua o atendimento {answerTime}.",
    "private-next-step":
      "Conte pra gente por aqui o que achar importante, e alguém da nossa equipe de atendimento vai te responder {answerTime}.",
    thank: "Vamos compartilhar sua mensagem com toda a equipe.",
  },
  templates: {
    "acknowledge-complaint": [
      "Olá, {firstName}! Sentimos muito pelo ocorrido[ e entendemos a sua frustração]. {nextStep} {signature}",
      "Oi, {firstName}! Poxa, sentimos muito por isso[, imaginamos como é chato]. Alguém da nossa equipe vai analisar e te responder por aqui {answerTime}. {signature}",
      "Olá, {firstName}! Sentimos muito pelo transtorno[ e obrigado por nos avisar]. Sua mensagem já está com a nossa equipe, que vai te responder aqui {answerTime}. {signature}",
      "Oi, {firstName}! Lamentamos muito que você tenha passado por isso. [Queremos ajudar a resolver. ]Uma pessoa do nosso atendimento vai te responder por aqui {answerTime}. {signature}",
    ],
    "acknowledge-question": [
      "Olá, {firstName}! Obrigado pela sua pergunta. [Vai ser um prazer ajudar. ]{nextStep} {signature}",
      "Oi, {firstName}! Boa pergunta[, obrigado por chamar a gente]! Alguém da nossa equipe vai verificar e te responder por aqui {answerTime}. {signature}",
      "Olá, {firstName}! Obrigado por entrar em contato[, vamos te ajudar com isso]. Você vai ter uma resposta da nossa equipe aqui mesmo {answerTime}. {signature}",
    ],
    "acknowledge-message": [
      "Olá, {firstName}! Obrigado pela sua mensagem. [Ela já está com a nossa equipe. ]{nextStep} {signature}",
      "Oi, {firstName}! Obrigado por escrever pra gente[, ficamos felizes com o contato]. Alguém da nossa equipe vai ler sua mensagem e te responder aqui {answerTime}. {signature}",
      "Olá, {firstName}! Obrigado por entrar em contato. [Sua mensagem já chegou até nós. ]Você vai ter uma resposta da nossa equipe aqui mesmo {answerTime}. {signature}",
    ],
    "invite-private": [
      "Olá, {firstName}! Sentimos muito pelo ocorrido[ e queremos resolver isso com você]. {nextStep} {signature}",
      "Oi, {firstName}! Poxa, sentimos muito. Te mandamos uma mensagem no privado[ para ver isso com calma]: é só responder por lá, e nossa equipe te atende {answerTime}. {signature}",
      "Olá, {firstName}! Lamentamos o transtorno[ e obrigado por nos avisar]. Enviamos uma mensagem privada para você; responda por lá e a nossa equipe continua o atendimento {answerTime}. {signature}",
    ],
    "private-next-step": [
      "Olá, {firstName}! Sentimos muito pelo transtorno[ e obrigado por falar com a gente]. {nextStep} {signature}",
      "Oi, {firstName}! Poxa, sentimos muito por isso. Pode mandar aqui todos os detalhes[, esta conversa é privada]. Nossa equipe vai te responder {answerTime}. {signature}",
      "Olá, {firstName}! Lamentamos o ocorrido[ e queremos te ajudar]. É só responder esta mensagem com o que achar importante, e alguém da nossa equipe te responde {answerTime}. {signature}",
    ],
    thank: [
      "Muito obrigado, {firstName}! Ficamos muito felizes em saber. [{nextStep} ]{signature}",
      "Oi, {firstName}! Que alegria ler isso, muito obrigado! [Vamos mostrar para toda a equipe. ]{signature}",
      "Obrigado pelo carinho, {firstName}! Sua mensagem fez o nosso dia[ e vamos compartilhar com toda a equipe]. {signature}",
    ],
  },
  deflections: [
    {
      label: "ligue para nós",
      pattern: "lig(?:ue|a|uem) (?:para )?nos|lig(?:ue|ar) para (?:o |a )?(?:nosso|nossa|numero|sac|central|linha)",
    },
    {
      label: "envie-nos um e-mail",
      pattern:
        "(?:envi|mand|escrev)(?:e|a) nos (?:um |por )?(?:email|mail)|nos (?:envie|mande|escreva) (?:um |por )?(?:email|mail)|(?:envie|mande) (?:um )?(?:email|mail)",
    },
    {
      label: "entre em contato por telefone",
      pattern:
        "(?:entre|entrar) em contact?o (?:pelo|por|via) (?:telefone|email|mail)|contacte nos (?:pelo|por) (?:telefone|email)",
    },
    {
      label: "ligue para a central de atendimento",
      pattern:
        "(?:ligue|ligar|contacte|contate|fale com) (?:para )?(?:a |o )?(?:nossa |nosso )?(?:linha de apoio|linha de atendimento|central de atendimento|sac)",
    },
    { label: "visite o nosso site", pattern: "(?:visite|acesse|aceda a) (?:o )?nosso site" },
    { label: "formulário de contato", pattern: "formulario de contact?o" },
  ],
};
