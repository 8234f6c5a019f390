// An in-memory FormApp as the Apps Script reference describes it: forms, items, responses (tests only).

import type { FakeSpreadsheet } from './spreadsheet';

type Kind = 'LIST' | 'MULTIPLE_CHOICE' | 'GRID';

export interface FakeItem {
  readonly id: number;
  readonly type: Kind;
  title: string;
  help: string;
  required: boolean;
  choices: string[];
  rows: string[];
  columns: string[];
}

export interface FakeResponse {
  readonly id: string;
  time: Date;
  email: string;
  /** Per item id: a text (list, multiple choice) or one text per grid row ("" for a row left open). */
  answers: Map<number, string | string[]>;
}

export interface FakeForm {
  readonly id: string;
  title: string;
  description: string;
  publishingSummary: boolean;
  allowResponseEdits: boolean;
  collectEmail: boolean;
  requireLogin: boolean;
  destination?: { type: string; id: string };
  readonly items: FakeItem[];
  readonly responses: FakeResponse[];
}

export interface FakeForms {
  readonly forms: FakeForm[];
  /** Submits a response as a respondent would: answers by item title (a grid: per row, by row text). */
  respond(
    form: FakeForm,
    answers: Record<string, string | Record<string, string>>,
    at: Date,
    email?: string,
  ): FakeResponse;
  readonly FormApp: Record<string, unknown>;
}

/** Every FormApp call the fake supports, each as its reference page says. */
export function createFakeForms(spreadsheet: FakeSpreadsheet, spreadsheetId: string): FakeForms {
  const forms: FakeForm[] = [];
  let nextItem = 1000;
  let nextResponse = 1;
  const itemApi = (item: FakeItem): Record<string, unknown> => {
    const api: Record<string, (...args: never[]) => unknown> = {
      getId: () => item.id,
      getTitle: () => item.title,
      getType: () => item.type,
      // Item.asGridItem(): "Returns the item as a grid item. Throws a scripting exception if the ItemType was not
      // already GRID." https://developers.google.com/apps-script/reference/forms/item#asgriditem
      asGridItem: () => {
        if (item.type !== 'GRID') throw new Error('Item is not a grid item');
        return api;
      },
      setTitle: (title: string) => {
        item.title = String(title);
        return api;
      },
      setHelpText: (text: string) => {
        item.help = String(text);
        return api;
      },
      setRequired: (required: boolean) => {
        item.required = required;
        return api;
      },
      // ListItem/MultipleChoiceItem.setChoiceValues(values): "Sets the choices for an item from an array of strings.
      // Throws an exception if the given array is empty." https://developers.google.com/apps-script/reference/forms/list-item#setchoicevaluesvalues
      setChoiceValues: (values: string[]) => {
        if (!Array.isArray(values) || values.length === 0) throw new Error('Invalid argument: values');
        item.choices = values.map(String);
        return api;
      },
      // GridItem.setRows(rows) / setColumns(columns): "Sets the rows/columns of the grid based on an array of values.
      // Throws an exception if the given array is empty." https://developers.google.com/apps-script/reference/forms/grid-item#setrowsrows
      setRows: (rows: string[]) => {
        if (!Array.isArray(rows) || rows.length === 0) throw new Error('Invalid argument: rows');
        item.rows = rows.map(String);
        return api;
      },
      setColumns: (columns: string[]) => {
        if (!Array.isArray(columns) || columns.length === 0) throw new Error('Invalid argument: columns');
        item.columns = columns.map(String);
        return api;
      },
      getRows: () => [...item.rows],
      getColumns: () => [...item.columns],
      getChoices: () => item.choices.map((value) => ({ getValue: () => value })),
    };
    return api;
  };
  const formApi = (form: FakeForm): Record<string, unknown> => {
    const add = (type: Kind) => () => {
      const item: FakeItem = {
        id: nextItem++,
        type,
        title: '',
        help: '',
        required: false,
        choices: [],
        rows: [],
        columns: [],
      };
      form.items.push(item);
      return itemApi(item);
    };
    const api: Record<string, (...args: never[]) => unknown> = {
      getId: () => form.id,
      getTitle: () => form.title,
      getDescription: () => form.description,
      getPublishedUrl: () => `https://docs.google.com/forms/d/e/${form.id}/viewform`,
      getEditUrl: () => `https://docs.google.com/forms/d/${form.id}/edit`,
      setDescription: (text: string) => {
        form.description = String(text);
        return api;
      },
      // Form.setPublishingSummary(enabled): "Sets whether the form displays a link to view a summary of the
      // responses after a respondent submits the form." https://developers.google.com/apps-script/reference/forms/form#setpublishingsummaryenabled
      setPublishingSummary: (enabled: boolean) => {
        form.publishingSummary = enabled;
        return api;
      },
      // Form.setAllowResponseEdits(enabled): a link to edit the response after submitting it (…#setallowresponseeditsenabled).
      setAllowResponseEdits: (enabled: boolean) => {
        form.allowResponseEdits = enabled;
        return api;
      },
      // Form.setCollectEmail(collect): "Sets whether the form collects respondents' email addresses" (…#setcollectemailcollect).
      setCollectEmail: (collect: boolean) => {
        form.collectEmail = collect;
        return api;
      },
      // Form.setRequireLogin(requireLogin): "Sets whether the form requires respondents to log in to an account in
      // the same domain or a subdomain before responding" (…#setrequireloginrequirelogin).
      setRequireLogin: (requireLogin: boolean) => {
        form.requireLogin = requireLogin;
        return api;
      },
      // Form.setDestination(type, id): "Sets the destination where form responses are saved" (…#setdestinationtype,-id).
      setDestination: (type: string, id: string) => {
        if (type !== 'SPREADSHEET') throw new Error('Invalid argument: type');
        form.destination = { type, id };
        return api;
      },
      // Form.addListItem / addMultipleChoiceItem / addGridItem: "Appends a new question item …" (…#addgriditem).
      addListItem: add('LIST'),
      addMultipleChoiceItem: add('MULTIPLE_CHOICE'),
      addGridItem: add('GRID'),
      getItems: () => form.items.map(itemApi),
      // Form.getResponses(): "Gets an array of all of the form's responses" (…#getresponses).
      getResponses: () =>
        form.responses.map((response) => ({
          getId: () => response.id,
          getTimestamp: () => new Date(response.time.getTime()),
          // FormResponse.getRespondentEmail(): the address when Form.setCollectEmail is on
          // (https://developers.google.com/apps-script/reference/forms/form-response#getrespondentemail).
          getRespondentEmail: () => (form.collectEmail ? response.email : ''),
          // FormResponse.getItemResponses(): "in the same order that the items appear in the form"; an item the
          // response omits is left out of the array (…/form-response#getitemresponses).
          getItemResponses: () =>
            form.items
              .filter((item) => response.answers.has(item.id))
              .map((item) => ({
                getItem: () => itemApi(item),
                // ItemResponse.getResponse(): a String for most items; a GridItem's String[] has the answer for row
                // n + 1 at index n, '' for a row left open (https://developers.google.com/apps-script/reference/forms/item-response#getresponse).
                getResponse: () => {
                  const answer = response.answers.get(item.id)!;
                  return Array.isArray(answer) ? [...answer] : answer;
                },
              })),
        })),
    };
    return api;
  };
  const FormApp = {
    // FormApp.create(title): "Creates and returns a new Form" (https://developers.google.com/apps-script/reference/forms/form-app#createtitle).
    create: (title: string) => {
      const form: FakeForm = {
        id: `form${forms.length + 1}`,
        title: String(title),
        description: '',
        publishingSummary: true,
        allowResponseEdits: false,
        collectEmail: false,
        requireLogin: false,
        items: [],
        responses: [],
      };
      forms.push(form);
      return formApi(form);
    },
    // FormApp.openById(id): "Returns the Form with the specified ID. Throws an exception if the ID is invalid or the
    // user does not have permission to open the form" (…/form-app#openbyidid).
    openById: (id: string) => {
      const form = forms.find((f) => f.id === id);
      if (!form) throw new Error(`No item with the given ID could be found: ${id}`);
      return formApi(form);
    },
    DestinationType: { SPREADSHEET: 'SPREADSHEET' },
    ItemType: { GRID: 'GRID', LIST: 'LIST', MULTIPLE_CHOICE: 'MULTIPLE_CHOICE' },
  };
  const respond: FakeForms['respond'] = (form, answers, at, email = '') => {
    const map = new Map<number, string | string[]>();
    for (const [title, answer] of Object.entries(answers)) {
      const item = form.items.find((i) => i.title === title);
      if (!item) throw new Error(`no question ${title}`);
      if (typeof answer === 'string') map.set(item.id, answer);
      else
        map.set(
          item.id,
          item.rows.map((row) => answer[row] ?? ''),
        );
    }
    const response: FakeResponse = { id: `2_resp${nextResponse++}`, time: at, email, answers: map };
    form.responses.push(response);
    return response;
  };
  void spreadsheet;
  void spreadsheetId;
  return { forms, respond, FormApp };
}
