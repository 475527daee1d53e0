import { describe, expect, it } from "vitest";
import { caseKinds } from "../config/schema.ts";
import { platforms } from "../platforms/registry.ts";
import { checkOutgoing, countCharacters, type OutgoingContext } from "./guard.ts";
import { type ReplyPurpose, renderReply, replyLanguages } from "./templates.ts";

const codesOf = (text: string, context: OutgoingContext) =>
  checkOutgoing(text, context).problems.map(({ code }) => code);

/** A reply of exactly `length` characters (words, as replies are: a run of one letter is slow to scan for data). */
const replyOf = (length: number) => "Sorry, we are on it! ".repeat(Math.ceil(length / 21)).slice(0, length);

const facebook: OutgoingContext = { platform: "facebook", allowedDomains: ["tidewell.com"] };

describe("checkOutgoing: the default replies", () => {
  const purposes: ReplyPurpose[] = ["acknowledge", "invite-private", "private-next-step", "thank"];
  const signature = "Maximiliane, Tidewell Care Tea"; // 30 characters, the longest we expect
  const answerTimes = [5 * 60_000, 60 * 60_000, 2 * 24 * 60 * 60_000];
  // A complaint full of account data, which none of the replies may repeat.
  const customerText =
    "Order TW-48213 never arrived! I'm grace.okafor@example.com, +1 (202) 555-0147, 221 Baker Street, card 4111 1111 1111 1111";

  for (const language of replyLanguages) {
    for (const platform of ["facebook", "x"]) {
      it(`passes every reply renderReply writes in ${language} on ${platform}`, () => {
        // Prepare
        const replies = purposes.flatMap((purpose) =>
          caseKinds.flatMap((kind) =>
            answerTimes.map((answerWithinMs) =>
              renderReply({ purpose, kind, language, firstName: "Dana", signature, answerWithinMs }),
            ),
          ),
        );

        // Act
        const failing = replies
          .map((text) => ({ text, check: checkOutgoing(text, { platform, customerText }) }))
          .filter(({ check }) => !check.ok);

        // Assess
        expect(failing).toEqual([]);
      });
    }
  }
});

describe("checkOutgoing: replies people write", () => {
  const passing: { text: string; context: OutgoingContext }[] = [
    {
      text: "Hi Grace, so sorry your table hasn't arrived. We've sent you a private message so we can look at your order safely. Sam",
      context: { platform: "x", customerText: "Order TW-48213 never arrived, I'm grace.okafor@example.com" },
    },
    {
      text: "Hi Dana, sorry about this! Please send us a private message, DM us, or just reply here and we'll sort it out 🙏",
      context: { platform: "instagram" },
    },
    {
      text: "Thanks Jonas! The steps are on tidewell.com/help/returns and https://help.tidewell.com/orders, reply here if you get stuck.",
      context: facebook,
    },
    {
      text: "Hola, Lucía: sentimos mucho el retraso. Escríbenos por mensaje privado y lo revisamos contigo ahora mismo. Marta",
      context: { platform: "facebook", customerText: "pedido 48213, mi DNI es 12345678Z" },
    },
    {
      text: "Bonjour Camille, nous sommes désolés. Envoyez-nous un message privé, nous regardons votre commande tout de suite. Léa",
      context: { platform: "facebook", customerText: "commande n° 99812, appelez-moi au 06 12 34 56 78" },
    },
    {
      text: "Hallo Jonas, das tut uns leid. Schreiben Sie uns gerne eine Direktnachricht, dann prüfen wir Ihre Bestellung. Tim",
      context: { platform: "facebook", customerText: "Bestellung Nr. 48213, Steuer-ID 86095742719" },
    },
    {
      text: "Olá, João! Lamentamos muito. Envie-nos uma mensagem privada e resolvemos isso consigo ainda hoje. Rita",
      context: { platform: "facebook", customerText: "encomenda nº 55555, NIF 123456789" },
    },
    {
      text: "Hi Dana, we've found the card ending in 1111 was charged twice; the refund is on its way. Sorry!No worries about the 45.50 EUR fee.",
      context: { platform: "messenger", customerText: "my card 4111 1111 1111 1111 was charged twice" },
    },
  ];

  for (const { text, context } of passing) {
    it(`passes ${JSON.stringify(text.slice(0, 60))}… on ${context.platform}`, () => {
      // Act
      const check = checkOutgoing(text, context);

      // Assess
      expect(check).toEqual({ ok: true, problems: [] });
    });
  }
});

describe("checkOutgoing: empty", () => {
  it("rejects an empty or blank reply, and says nothing else about it", () => {
    // Prepare
    const texts = ["", "   ", "\n\t \n", "\u200b\u00a0"];

    // Act
    const checks = texts.map((text) => checkOutgoing(text, { platform: "x" }));

    // Assess
    for (const check of checks) {
      expect(check).toEqual({ ok: false, problems: [{ code: "empty", message: "The reply is empty." }] });
    }
  });
});

describe("checkOutgoing: too long", () => {
  it("holds each platform's channel to its limit, public replies and private messages apart", () => {
    // Prepare: every channel a registered platform declares.
    const limits = platforms.flatMap((platform) =>
      Object.entries(platform.channels).flatMap(([name, channels]) =>
        (["public", "private"] as const).flatMap((channel) => {
          const limit = channels?.[channel]?.maxLength;
          return limit === undefined ? [] : [{ platform: name, channel, limit }];
        }),
      ),
    );

    // Act
    const results = limits.map(({ platform, channel, limit }) => ({
      atLimit: codesOf(replyOf(limit), { platform, channel }),
      overLimit: codesOf(replyOf(limit + 1), { platform, channel }),
    }));

    // Assess
    expect(Object.fromEntries(limits.map((l) => [`${l.platform} ${l.channel}`, l.limit]))).toMatchObject({
      "x public": 280,
      "facebook public": 8000,
      "facebook private": 2000,
      "messenger private": 2000,
      "instagram public": 2200,
      "instagram private": 1000,
      "whatsapp private": 4096,
    });
    for (const { atLimit, overLimit } of results) {
      expect(atLimit).toEqual([]);
      expect(overLimit).toEqual(["too_long"]);
    }
  });

  it("says how long the reply is and what the platform allows", () => {
    // Act
    const { problems } = checkOutgoing("a".repeat(300), { platform: "x" });

    // Assess
    expect(problems).toEqual([
      { code: "too_long", message: "The reply is 300 characters long as x counts them; x allows 280." },
    ]);
  });

  it("counts a link as 23 characters on X, however long it is", () => {
    // Prepare
    const link = "https://help.tidewell.com/orders/where-is-my-parcel-and-when-will-it-arrive";
    const text = `${"a".repeat(250)} ${link}`;

    // Act
    const onX = codesOf(text, { platform: "x", allowedDomains: ["tidewell.com"] });
    const length = countCharacters(text, "x");

    // Assess
    expect(length).toBe(250 + 1 + 23);
    expect(onX).toEqual([]);
  });

  it("counts an emoji once where the platform counts code points, twice on X", () => {
    // Prepare
    const text = `${"a".repeat(1999)}🙏`;

    // Act
    const onMessenger = codesOf(text, { platform: "messenger", channel: "private" });
    const lengths = [countCharacters("🙏", "messenger"), countCharacters("🙏", "x"), countCharacters("é", "x")];

    // Assess
    expect(text.length).toBe(2001);
    expect(onMessenger).toEqual([]);
    expect(lengths).toEqual([1, 2, 1]);
  });

  it("lets maxLength override the platform's limit, and applies it to platforms without one", () => {
    // Act
    const shorter = checkOutgoing("a".repeat(101), { platform: "facebook", maxLength: 100 });
    const longer = codesOf("a".repeat(500), { platform: "x", maxLength: 1000 });
    const noLimit = codesOf(replyOf(20_000), { platform: "myspace" });

    // Assess
    expect(shorter.problems).toEqual([
      { code: "too_long", message: "The reply is 101 characters long as facebook counts them; the limit is 100." },
    ]);
    expect(longer).toEqual([]);
    expect(noLimit).toEqual([]);
  });
});

describe("checkOutgoing: unfilled template variables", () => {
  const placeholders = [
    ["Hi {firstName}, sorry about this!", "{firstName}"],
    ["Hola {{ nombre }}, lo sentimos.", "{{ nombre }}"],
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a JavaScript-style placeholder left in the text is the input
    ["Bonjour ${prenom}, désolés !", "${prenom}"],
    ["Hallo %s, das tut uns leid.", "%s"],
    ["Olá %1$s, lamentamos.", "%1$s"],
    ["Hi [NAME], we're on it. [Agent name]", "[NAME]"],
    ["Hi <first_name>, we're on it.", "<first_name>"],
  ] as const;

  for (const [text, placeholder] of placeholders) {
    it(`rejects ${JSON.stringify(text)}, naming ${placeholder}`, () => {
      // Act
      const { ok, problems } = checkOutgoing(text, { platform: "facebook" });

      // Assess
      expect(ok).toBe(false);
      expect(problems[0]?.code).toBe("unfilled_variable");
      expect(problems[0]?.message).toContain(`"${placeholder}"`);
    });
  }

  it("reports each variable once", () => {
    // Act
    const codes = codesOf("Hi {name}, {name} and [AGENT] here", { platform: "x" });

    // Assess
    expect(codes).toEqual(["unfilled_variable", "unfilled_variable"]);
  });

  it("does not take a heart, a percentage or a price for a variable", () => {
    // Act
    const codes = codesOf("We <3 hearing this! 100% of it, 20 % off, $129.99 refunded", { platform: "x" });

    // Assess
    expect(codes).toEqual([]);
  });
});

describe("checkOutgoing: phone numbers and e-mail addresses", () => {
  const phones = [
    "Please call us on +1 (202) 555-0147 and we'll help.",
    "Llámenos al 612 345 678.",
    "Notre service : 01 23 45 67 89.",
    "Unsere Hotline: +49 30 901820",
    "Linha de apoio 912 345 678",
  ];

  for (const text of phones) {
    it(`rejects the phone number in ${JSON.stringify(text)}, masked in the message`, () => {
      // Act
      const { problems } = checkOutgoing(text, { platform: "facebook" });

      // Assess
      const phone = problems.find(({ code }) => code === "phone_number");
      expect(phone?.message).toMatch(/\*\*\* \*\*\* \*\*\d\d/);
      expect(phone?.message).toContain("facebook");
    });
  }

  it("rejects an e-mail address, even one of the brand, masked in the message", () => {
    // Act
    const { ok, problems } = checkOutgoing("Write to care@tidewell.com and we'll sort it.", facebook);

    // Assess
    expect(ok).toBe(false);
    expect(problems).toEqual([
      {
        code: "email_address",
        message:
          "The reply gives an e-mail address (c***@t***.com): keep the conversation on facebook instead of sending the customer elsewhere.",
      },
    ]);
  });

  it("rejects e-mail addresses in every language", () => {
    // Prepare
    const texts = [
      "Escribe a soporte@tidewell.es, por favor",
      "Écrivez à service.client@tidewell.fr",
      "Bitte an Kundenservice@Tidewell.DE",
      "Fale com apoio@tidewell.pt",
    ];

    // Act
    const codes = texts.map((text) => codesOf(text, { platform: "x" }));

    // Assess
    for (const found of codes) expect(found).toContain("email_address");
  });
});

describe("checkOutgoing: links", () => {
  it("allows links to the allowed domains and their subdomains, in every form", () => {
    // Prepare
    const text = "See https://tidewell.com/help, www.tidewell.com, help.tidewell.com/orders and tidewell.com/help.";

    // Act
    const codes = codesOf(text, facebook);

    // Assess
    expect(codes).toEqual([]);
  });

  it("accepts allowed domains written as URLs or wildcards", () => {
    // Act
    const codes = codesOf("Details: https://help.tidewell.com/x", {
      platform: "x",
      allowedDomains: ["https://Tidewell.com/", "*.example.org"],
    });

    // Assess
    expect(codes).toEqual([]);
  });

  it("rejects links elsewhere, naming each domain once", () => {
    // Prepare
    const text =
      "Try http://bit.ly/abc, www.evil.io, tidewell.com.evil.io/login, eviltidewell.com and bit.ly/abc again";

    // Act
    const { problems } = checkOutgoing(text, facebook);

    // Assess
    expect(problems.map(({ message }) => /links to (\S+?),? /.exec(message)?.[1])).toEqual([
      "bit.ly",
      "www.evil.io",
      "tidewell.com.evil.io",
      "eviltidewell.com",
    ]);
    expect(new Set(problems.map(({ code }) => code))).toEqual(new Set(["link"]));
  });

  it("rejects every link when no domain is allowed", () => {
    // Act
    const { problems } = checkOutgoing("Alles unter tidewell.de/hilfe", { platform: "facebook" });

    // Assess
    expect(problems).toEqual([
      { code: "link", message: "The reply links to tidewell.de; no domains are allowed for links." },
    ]);
  });

  it("does not take a missing space, a price or an e-mail's domain for a link", () => {
    // Act
    const codes = codesOf("Sorry.No worries, it cost 45.50 EUR. Mail care@tidewell.io", { platform: "x" });

    // Assess
    expect(codes).toEqual(["email_address"]);
  });
});

describe("checkOutgoing: echoing the customer's data", () => {
  const echoes: { name: string; customerText: string; text: string; masked: string }[] = [
    {
      name: "an order number, formatted differently",
      customerText: "Order TW-48213 never arrived",
      text: "Hi Grace, order 48 213 is on its way!",
      masked: "TW-***13",
    },
    {
      name: "an order number from a config pattern",
      customerText: "ref R123456 was never refunded",
      text: "Hola, el reembolso de R-123456 ya está en camino.",
      masked: "R***56",
    },
    {
      name: "an e-mail address, in other case",
      customerText: "the account is grace.okafor@example.com",
      text: "We've updated the account GRACE.OKAFOR@example.com for you.",
      masked: "g***@e***.com",
    },
    {
      name: "a phone number, national instead of international",
      customerText: "call me on +44 20 7946 0958",
      text: "We'll ring you on 020 7946 0958 shortly.",
      masked: "+44 *** *** **58",
    },
    {
      name: "a card number without spaces",
      customerText: "mon numéro de carte 4111 1111 1111 1111 a été débité deux fois",
      text: "Nous avons vérifié la carte 4111111111111111.",
      masked: "**** **** **** 1111",
    },
    {
      name: "a national id",
      customerText: "mi DNI es 12345678Z",
      text: "Hemos encontrado el DNI 12345678-Z en nuestro sistema.",
      masked: "[national id]",
    },
    {
      name: "an address",
      customerText: "Lieferung bitte an Hauptstraße 5",
      text: "Wir liefern an Hauptstrasse 5.",
      masked: "[address]",
    },
    {
      name: "a Portuguese NIF",
      customerText: "o meu NIF é 123456789",
      text: "Olá! Confirmámos o contribuinte 123 456 789.",
      masked: "[national id]",
    },
  ];

  for (const { name, customerText, text, masked } of echoes) {
    it(`rejects repeating ${name}, masked in the message`, () => {
      // Act
      const { problems } = checkOutgoing(text, {
        platform: "facebook",
        customerText,
        orderPatterns: [/\bR-?\d{6}\b/],
      });

      // Assess
      const echo = problems.find(({ code }) => code === "echoes_customer_data");
      expect(echo?.message).toContain(`(${masked})`);
    });
  }

  it("is not fooled by a value the customer did not write, or by the card's last four digits", () => {
    // Act
    const codes = codesOf("Your card ending 1111 was refunded for order 77812.", {
      platform: "messenger",
      customerText: "card 4111 1111 1111 1111, order TW-48213",
    });

    // Assess
    expect(codes).toEqual([]);
  });

  it("reports a value the customer wrote twice once", () => {
    // Act
    const codes = codesOf("About TW-48213: it ships today.", {
      platform: "x",
      customerText: "TW-48213!! I said TW-48213",
    });

    // Assess
    expect(codes).toEqual(["echoes_customer_data"]);
  });
});

describe("checkOutgoing: deflection to another channel", () => {
  const deflecting = [
    "Sorry about that! Please call us and we'll fix it.",
    "Give us a call and we'll look into it.",
    "Please email us the details.",
    "Could you send us an e-mail with your order?",
    "Please contact our hotline.",
    "Lo sentimos, llámanos y lo vemos.",
    "Por favor, escríbenos un correo con los detalles.",
    "Désolés ! Appelez-nous, nous allons régler cela.",
    "Envoyez-nous un e-mail avec votre numéro de commande.",
    "Bitte rufen Sie uns an.",
    "Rufen Sie uns gerne kurz an.",
    "Schreiben Sie uns eine E-Mail mit Ihrer Bestellnummer.",
    "Por favor, ligue para nós.",
    "Envie-nos um e-mail com o número da encomenda.",
  ];

  for (const text of deflecting) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      // Act
      const { problems } = checkOutgoing(text, { platform: "facebook" });

      // Assess
      expect(problems.map(({ code }) => code)).toEqual(["deflection"]);
      expect(problems[0]?.message).toMatch(/another channel \(".+"\): keep the conversation on facebook/);
    });
  }

  it("lets the conversation move to a private message or stay here", () => {
    // Prepare
    const texts = [
      "Please send us a private message and we'll take it from there.",
      "DM us your order details and we'll check.",
      "Just reply here and we'll help.",
      "Envíanos un mensaje privado, por favor.",
      "Envoyez-nous un message privé.",
      "Schreiben Sie uns eine private Nachricht.",
      "Envie-nos uma mensagem privada.",
      "We've emailed the courier and will update you right here.",
    ];

    // Act
    const codes = texts.map((text) => codesOf(text, { platform: "instagram" }));

    // Assess
    expect(codes).toEqual(texts.map(() => []));
  });
});

describe("checkOutgoing: several problems at once", () => {
  it("reports every problem, each with its code", () => {
    // Act
    const check = checkOutgoing("Hi {firstName}, about TW-48213 call us on +1 202 555 0147 or see bit.ly/x", {
      platform: "x",
      customerText: "order TW-48213 never came",
    });

    // Assess
    expect(check.ok).toBe(false);
    expect(check.problems.map(({ code }) => code)).toEqual([
      "unfilled_variable",
      "phone_number",
      "link",
      "echoes_customer_data",
      "deflection",
    ]);
    expect(check.problems.map(({ message }) => message).join(" ")).not.toContain("555 0147");
  });
});
