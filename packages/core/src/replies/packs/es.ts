import { type LanguagePack, twoDigits, unitText } from "./pack.ts";

/** Spanish. */
export const es: LanguagePack = {
  locale: "es",
  within: (ms) =>
    `en menos de ${unitText("es", ms, { minute: { one: "minuto", other: "minutos" }, hour: { one: "hora", other: "horas" }, day: { one: "día", other: "días" } })}`,
  by: ({ weekday, hour, minute }) => `el ${weekday} antes de ${hour === 1 ? "la" : "las"} ${hour}:${twoDigits(minute)}`,
  nextSteps: {
    "acknowledge-complaint": "Una persona de nuestro equipo de atención te responderá aquí mismo {answerTime}.",
    "acknowledge-question": "Una persona de nuestro equipo te responderá aquí mismo {answerTime}.",
    "acknowledge-message": "Una persona de nuestro equipo lo leerá y te responderá aquí mismo {answerTime}.",
    "invite-private": "Te enviamos un mensaje privado: respóndenos allí y nuestro equipo te atenderá {answerTime}.",
    "private-next-step":
      "Cuéntanos por aquí todo lo que quieras y una persona de nuestro equipo te responderá {answerTime}.",
    thank: "Se lo haremos llegar a todo el equipo.",
  },
  templates: {
    "acknowledge-complaint": [
      "Hola, {firstName}: Sentimos mucho lo ocurrido[ y entendemos tu frustración]. {nextStep} {signature}",
      "¡Hola, {firstName}! Lamentamos que hayas pasado por esto[ y sabemos lo molesto que es]. Alguien de nuestro equipo lo revisará y te contestará por aquí {answerTime}. {signature}",
      "¡Hola, {firstName}! Sentimos mucho las molestias[ y gracias por contárnoslo]. Nuestro equipo ya tiene tu mensaje y te responderá aquí {answerTime}. {signature}",
      "¡Hola, {firstName}! Lamentamos leer esto[ y queremos ayudarte a resolverlo]. Alguien de nuestro equipo de atención te responderá por aquí {answerTime}. {signature}",
    ],
    "acknowledge-question": [
      "Hola, {firstName}: ¡Gracias por tu pregunta! [Te ayudamos encantados. ]{nextStep} {signature}",
      "¡Hola, {firstName}! Buena pregunta[, gracias por escribirnos]. Alguien de nuestro equipo lo revisará y te contestará por aquí {answerTime}. {signature}",
      "¡Hola, {firstName}! Gracias por preguntar[, te ayudamos encantados]. Te respondemos aquí mismo {answerTime}. {signature}",
    ],
    "acknowledge-message": [
      "¡Hola, {firstName}! Gracias por tu mensaje. [Ya lo tiene nuestro equipo. ]{nextStep} {signature}",
      "¡Hola, {firstName}! Gracias por escribirnos[, lo valoramos mucho]. Alguien de nuestro equipo leerá tu mensaje y te contestará por aquí {answerTime}. {signature}",
      "¡Hola, {firstName}! Gracias por ponerte en contacto con nosotros. [Tu mensaje ya está con nuestro equipo. ]Te responderemos aquí mismo {answerTime}. {signature}",
    ],
    "invite-private": [
      "Hola, {firstName}: Sentimos las molestias[ y queremos ayudarte a resolverlo]. {nextStep} {signature}",
      "¡Hola, {firstName}! Lamentamos lo ocurrido. Te acabamos de escribir por mensaje privado[ para verlo contigo con calma]: respóndenos allí y te contestamos {answerTime}. {signature}",
      "¡Hola, {firstName}! Sentimos mucho el problema[ y gracias por avisarnos]. Te enviamos un mensaje privado; contesta allí y nuestro equipo te responderá {answerTime}. {signature}",
    ],
    "private-next-step": [
      "Hola, {firstName}: Sentimos las molestias[ y gracias por escribirnos]. {nextStep} {signature}",
      "¡Hola, {firstName}! Lamentamos lo ocurrido. Puedes darnos aquí todos los detalles[ con tranquilidad, este chat es privado]. Nuestro equipo te responderá {answerTime}. {signature}",
      "¡Hola, {firstName}! Sentimos el problema[ y queremos ayudarte]. Responde a este mensaje con lo que quieras contarnos y alguien del equipo te escribirá {answerTime}. {signature}",
    ],
    thank: [
      "¡Muchísimas gracias, {firstName}! Nos alegra mucho leerlo. [{nextStep} ]{signature}",
      "¡Gracias, {firstName}! ¡Qué alegría leer esto![ Se lo contaremos a todo el equipo.] {signature}",
      "¡Hola, {firstName}! Mil gracias por tus palabras. Se las haremos llegar al equipo[: les va a encantar]. {signature}",
    ],
  },
  deflections: [
    { label: "llámanos", pattern: "llam(?:anos|enos)" },
    { label: "llama al", pattern: "llam(?:a|e|ar) (?:al|a (?:nuestr[oa]|la linea|el telefono))" },
    { label: "escríbenos un correo", pattern: "escrib(?:enos|anos|e|a|ir) (?:un |por |al )?(?:correo|email|mail)" },
    { label: "envíanos un correo", pattern: "(?:envi|mand)(?:anos|enos|a|e|ar) (?:un |por )?(?:correo|email|mail)" },
    {
      label: "contáctanos por teléfono",
      pattern: "contact(?:anos|enos|a|e) (?:con nosotros )?por (?:telefono|correo|email)",
    },
    { label: "teléfono de atención", pattern: "(?:linea|telefono) de atencion|atencion telefonica" },
    { label: "visita nuestra web", pattern: "visita nuestra (?:web|pagina)" },
    { label: "formulario de contacto", pattern: "formulario de contacto" },
  ],
};
