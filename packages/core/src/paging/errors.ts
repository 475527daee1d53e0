import { DomainError } from "../errors.ts";

/** No page with that id. */
export class PageNotFound extends DomainError {
  constructor(id: string) {
    super("page_not_found", `No page ${id}`);
  }
}
