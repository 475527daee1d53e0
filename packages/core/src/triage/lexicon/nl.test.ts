import { describe, expect, it } from "vitest";
import { type Classification, classify } from "../classify.ts";

// Dutch and Flemish messages as customers write them on social media, slang and English mixed in (none of them is in
// the development set or the training corpus).

type Case = [name: string, text: string];

const expectKind = (text: string, kind: Classification["kind"]) => {
  // Act
  const result = classify(text);

  // Assess
  expect(result.kind, `${text}\n${result.reasons.join("; ")}`).toBe(kind);
  return result;
};

describe("classify in Dutch", () => {
  describe("complaints", () => {
    const complaints: Case[] = [
      ["a broken product", "Boekenkast vandaag geleverd en de achterwand is gescheurd, twee planken hebben een deuk"],
      [
        "a complaint told as a question",
        "Waar blijft mijn pakketje nou? Vorige week dinsdag besteld en nog steeds niks",
      ],
      ["sarcasm with praise words", "Lekker bezig weer, drie keer afgeschreven voor één abonnement 👏"],
      ["praise with a complaint", "Mooie sneakers hoor, alleen jammer dat de zool na een week al loslaat"],
      ["a one-line demand in capitals", "IK WIL MIJN GELD TERUG"],
      ["slang", "wtf kut app, inloggen lukt al de hele dag niet"],
      ["anger with no other word", "Ik ben er echt klaar mee, wat een kutbedrijf"],
      ["a double charge", "Ben dubbel afgeschreven voor mijn bestelling, hoe krijg ik dat terug?"],
      ["Flemish", "Amai, al drie weken wachten op mijn terugbetaling en de klantendienst reageert niet"],
      ["a failure told without complaint words", "Monteur zou tussen 8 en 12 komen, het is nu 15:00 en niemand gezien"],
    ];
    for (const [name, text] of complaints) {
      it(`reads ${name} as a complaint, negative`, () => {
        // Act / Assess
        const result = expectKind(text, "complaint");
        expect(result.sentiment).toBe("negative");
      });
    }

    it("says the language is Dutch, with and without accents and in Flemish", () => {
      // Act
      const languages = [
        "Het pakket is nooit aangekomen en niemand van de klantenservice weet waar het is",
        "ge hebt mijn bestelling al twee keer verzet, dat is toch niet normaal he",
        "de koelkast die ik heb besteld is niet geleverd en ik kan jullie niet bereiken",
      ].map((text) => classify(text).language);

      // Assess
      expect(languages).toEqual(["nl", "nl", "nl"]);
    });
  });

  describe("urgency", () => {
    const urgent: [Classification["urgency"][number], string][] = [
      ["legal", "Als mijn geld er vrijdag niet is, stap ik naar de Geschillencommissie en schakel ik mijn advocaat in"],
      ["legal", "Melding gemaakt bij ConsuWijzer over jullie abonnement dat niet op te zeggen is"],
      ["safety", "De oplader van de step begon te roken en er kwamen vonken uit, mijn zoontje stond ernaast"],
      ["churn", "Na alweer een storing stap ik over naar een andere provider, zeg mijn abonnement maar op"],
      ["press", "Ik heb dit hele verhaal naar Radar gestuurd, jullie klanten worden gewoon opgelicht"],
      ["repeat", "Dit is de derde keer dat ik jullie mail en nog steeds geen antwoord op mijn klacht"],
    ];
    for (const [urgency, text] of urgent) {
      it(`flags ${urgency} on a complaint: "${text.slice(0, 40)}…"`, () => {
        // Act
        const result = expectKind(text, "complaint");

        // Assess
        expect(result.urgency).toContain(urgency);
      });
    }

    it("does not take a lawyer who needs a desk, the checkout, a delay again or a hot meal for urgency", () => {
      // Act
      const lawyer = classify("Ik ben advocaat en zoek een bureau met lades, hebben jullie die ook in walnoot?");
      const checkout = classify("Hebben jullie bij de kassa ook cadeaubonnen?");
      const delay = classify("Levering is voor de tweede keer verschoven, ik had er een dag vrij voor genomen");
      const hot = classify("Eten kwam gloeiend heet aan en de bezorger was supervriendelijk, top!");

      // Assess
      expect(lawyer.urgency).toEqual([]);
      expect(checkout.urgency).toEqual([]);
      expect(delay.urgency).toEqual([]);
      expect(hot.urgency).toEqual([]);
      expect(hot.kind).toBe("praise");
    });
  });

  describe("sensitive data", () => {
    it("flags a complaint that gives a phone number to be called on", () => {
      // Act
      const result = expectKind("Mijn bestelling is nog steeds niet binnen, bel me terug op 06-12345678", "complaint");

      // Assess
      expect(result.sensitive).toBe(true);
      expect(result.sensitiveKinds).toContain("phone");
    });
  });

  describe("questions", () => {
    const questions: Case[] = [
      ["a delivery area", "Bezorgen jullie ook in Zeeuws-Vlaanderen en hoe lang duurt dat?"],
      ["opening hours", "Tot hoe laat is de winkel in Utrecht open op koopavond?"],
      ["a worried but hypothetical question", "Is die verf veilig voor een babykamer? We verwachten ons eerste kindje"],
      ["a change before dispatch", "Kan ik de kleur van de bank nog wijzigen voordat hij verzonden wordt?"],
      ["Flemish", "Zijn de solden ook online of enkel in de winkel?"],
    ];
    for (const [name, text] of questions) {
      it(`reads ${name} as a question`, () => {
        // Act / Assess
        expectKind(text, "question");
      });
    }
  });

  describe("praise", () => {
    const praise: Case[] = [
      ["thanks", "Dankjewel voor de snelle levering, alles keurig ingepakt en precies op tijd 😍"],
      [
        "a problem put right",
        "Lamp kwam kapot aan, binnen een dag stond er een nieuwe voor de deur zonder gedoe. Top geregeld!",
      ],
      ["past anger put right", "Was eerst echt boos over mijn factuur maar Daan heeft het netjes opgelost, dank!"],
      ["slang", "Deze jas is echt vet, beste aankoop van het jaar"],
      ["Flemish", "Dikke merci aan de technieker, op een halfuurtje was alles in orde"],
    ];
    for (const [name, text] of praise) {
      it(`reads ${name} as praise, positive`, () => {
        // Act
        const result = expectKind(text, "praise");

        // Assess
        expect(result.sentiment).toBe("positive");
      });
    }
  });

  describe("spam and chatter", () => {
    it("reads a loan offer and a phishing message as spam", () => {
      // Act / Assess
      expectKind("Snel geld lenen zonder BKR-toetsing, vandaag nog op je rekening, stuur een berichtje", "spam");
      expectKind("Gefeliciteerd! Je bent geselecteerd voor een gratis Airfryer, claim hier: prijs-nl.example", "spam");
    });

    it("reads follow-for-follow as spam", () => {
      // Act / Assess
      expectKind("volg voor volg? ik volg iedereen terug 🔁", "spam");
    });

    it("reads a reply to a friend and a greeting from a town as other", () => {
      // Act / Assess
      expectKind("@noor_b haha die hebben wij ook in de woonkamer 😂", "other");
      expectKind("Groetjes uit Zwolle allemaal 👋", "other");
    });
  });
});
