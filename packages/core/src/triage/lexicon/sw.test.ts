import { describe, expect, it } from "vitest";
import { type Classification, classify } from "../classify.ts";

// Swahili messages as customers in Kenya and Tanzania write them on social media, Sheng and English mixed in (none of
// them is in the development set or the training corpus).

type Case = [name: string, text: string];

const expectKind = (text: string, kind: Classification["kind"]) => {
  // Act
  const result = classify(text);

  // Assess
  expect(result.kind, `${text}\n${result.reasons.join("; ")}`).toBe(kind);
  return result;
};

describe("classify in Swahili", () => {
  describe("complaints", () => {
    const complaints: Case[] = [
      [
        "a broken product",
        "Meza niliyoagiza imefika na mguu mmoja umevunjika, na boksi lilikuwa limechanika kabisa. Nimesikitika sana",
      ],
      [
        "a complaint told as a question",
        "Hivi mzigo wangu uko wapi jamani? Nimeagiza siku kumi zilizopita na tracking haisogei",
      ],
      ["sarcasm with praise words", "Asanteni kwa kunitoza mara mbili kwa mwezi mmoja, mnajali sana wateja wenu 👏"],
      ["praise with a complaint", "Napenda sana hii blender, lakini baada ya wiki moja imeharibika na haiwaki tena"],
      ["a one-line demand in capitals", "RUDISHENI PESA YANGU"],
      ["Sheng", "Wasee hii network yenu imeniboo, tangu jana hakuna kitu inafanya"],
      ["anger with no other word", "Nimechoka kabisa na hii kampuni, ujinga mtupu"],
    ];
    for (const [name, text] of complaints) {
      it(`reads ${name} as a complaint, negative`, () => {
        // Act / Assess
        const result = expectKind(text, "complaint");
        expect(result.sentiment).toBe("negative");
      });
    }

    it("says the language is Swahili", () => {
      // Act
      const result = classify(
        "Meza niliyoagiza imefika na mguu mmoja umevunjika, na boksi lilikuwa limechanika kabisa",
      );

      // Assess
      expect(result.language).toBe("sw");
    });
  });

  describe("urgency", () => {
    const urgent: [Classification["urgency"][number], string][] = [
      ["legal", "Kama hamtanirudishia pesa kufikia Jumatatu nitawapeleka mahakamani, wakili wangu tayari anajua"],
      ["legal", "Nimeshawasilisha malalamiko TCRA kuhusu vifurushi vinavyoisha kabla ya muda"],
      ["safety", "Pasi mliyoniuzia imetoa cheche na kujaa moshi jikoni, mtoto wangu alikuwa karibu"],
      ["churn", "Baada ya haya yote nafunga akaunti yangu na nahamia benki nyingine"],
      ["press", "Mimi ni mwandishi wa habari na ninaandika makala kuhusu wateja wanaokatwa pesa bila idhini"],
      ["repeat", "Hii ni mara ya tatu nawaandikia kuhusu hili na bado hakuna jibu"],
    ];
    for (const [urgency, text] of urgent) {
      it(`flags ${urgency} on a complaint: "${text.slice(0, 40)}…"`, () => {
        // Act
        const result = expectKind(text, "complaint");

        // Assess
        expect(result.urgency).toContain(urgency);
      });
    }

    it("does not take slang fire or a new address for urgency", () => {
      // Act
      const fire = classify("Hii Wi-Fi yenu mpya ni moto 🔥 asanteni sana");
      const moved = classify("Nimehamia Mikocheni wiki hii, naweza kubadilisha anwani ya kuletewa mzigo?");

      // Assess
      expect(fire.urgency).toEqual([]);
      expect(moved.urgency).toEqual([]);
    });
  });

  describe("sensitive data", () => {
    it("flags a complaint that gives a phone number to be called on", () => {
      // Act
      const result = expectKind("Oda yangu bado haijafika, nipigieni kwa +254 712 555 019 tafadhali", "complaint");

      // Assess
      expect(result.sensitive).toBe(true);
      expect(result.sensitiveKinds).toContain("phone");
    });
  });

  describe("questions", () => {
    const questions: Case[] = [
      ["a delivery area", "Je, mnaleta magodoro hadi Kisumu na inachukua siku ngapi?"],
      ["opening hours", "Mnafunga saa ngapi siku ya Jumapili?"],
      ["a worried but hypothetical question", "Hizi taa za sola ni salama kwa chumba cha mtoto mchanga?"],
      ["a change before dispatch", "Naweza kubadilisha rangi ya kochi kabla halijatumwa?"],
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
      ["thanks", "Asanteni sana, mzigo umefika leo asubuhi na kila kitu kiko sawa kabisa 😍"],
      [
        "a problem put right",
        "Simu ilikuja na skrini iliyopasuka, mkaniletea mpya kesho yake bila maswali. Hongereni sana!",
      ],
      ["Tanzanian slang", "Mnaupiga mwingi kweli, huduma ya leo imenifurahisha sana 🙌"],
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
    it("reads a loan offer as spam", () => {
      // Act / Assess
      expectKind("Pata mkopo wa shilingi 20,000 bila CRB leo hii, tuma ujumbe WhatsApp sasa", "spam");
    });

    it("reads a witch doctor's advert as spam", () => {
      // Act / Assess
      expectKind("Mganga wa kienyeji anarudisha mpenzi aliyepotea ndani ya siku mbili, wasiliana nami", "spam");
    });

    it("reads a reply to a friend and a greeting from a town as other", () => {
      // Act / Assess
      expectKind("@baraka_k umeona hii bei? 😂", "other");
      expectKind("Salamu kutoka Tanga wadau wote 👋", "other");
    });
  });
});
